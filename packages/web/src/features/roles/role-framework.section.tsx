import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconHistory, IconPencil, IconPlus } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { ErrorAlert } from "../../components/error-alert.js";
import { RouterButton } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { useCreateDraft } from "../frameworks/frameworks.queries.js";
import type { RoleDetail } from "./role.types.js";

/**
 * The slot for the role's KPI framework on the role page: the current version's status, the
 * version in use, and the way into the framework editor (or a new draft).
 */
export function RoleFrameworkSection({ role }: { role: RoleDetail }) {
  const { latest, latestPublished } = role.framework;
  const canDesign = useCanDesign();
  const createDraft = useCreateDraft(role.id);
  const navigate = useNavigate();
  const hasDraft = latest?.status === "draft";
  const start = () =>
    createDraft.mutate(latest ? "latest" : "empty", {
      onSuccess: (draft) =>
        navigate({ to: "/roles/$roleId/framework", params: { roleId: role.id }, search: { version: draft.version } }),
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="role-framework-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4" id="role-framework-heading">
            Framework
          </Title>
          <Group gap="xs">
            {latest && (
              <RouterButton
                to="/roles/$roleId/framework"
                params={{ roleId: role.id }}
                search={{ version: undefined }}
                variant={hasDraft && canDesign ? "filled" : "default"}
                leftSection={<IconPencil size={16} aria-hidden />}
              >
                {hasDraft && canDesign ? "Open framework editor" : "View framework"}
              </RouterButton>
            )}
            {canDesign && !hasDraft && (
              <Button
                variant={latest ? "default" : "filled"}
                leftSection={<IconPlus size={16} aria-hidden />}
                loading={createDraft.isPending}
                onClick={start}
              >
                {latest ? "Create new draft" : "Create framework draft"}
              </Button>
            )}
            {latest && (
              <RouterButton
                to="/roles/$roleId/framework/history"
                params={{ roleId: role.id }}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                Version history
              </RouterButton>
            )}
          </Group>
        </Group>
        {!latest && (
          <Text c="dimmed" size="sm">
            This role has no KPI framework yet. Add KPIs from the KPI library with weights and targets to build one.
          </Text>
        )}
        {latest && (
          <Group gap="sm">
            <Text size="sm">Latest version: v{latest.version}</Text>
            <Badge color={latest.status === "published" ? "green" : "yellow"} variant="light">
              {latest.status === "published" ? "Published" : "Draft"}
            </Badge>
            {latest.effectiveDate && (
              <Text size="sm" c="dimmed">
                effective {latest.effectiveDate}
              </Text>
            )}
          </Group>
        )}
        {latestPublished && latestPublished.id !== latest?.id && (
          <Text size="sm" c="dimmed">
            In use: v{latestPublished.version}
            {latestPublished.effectiveDate ? `, effective ${latestPublished.effectiveDate}` : ""}
          </Text>
        )}
        {latest && !latestPublished && (
          <Text size="sm" c="var(--mantine-color-orange-light-color)">
            Not published yet: no scorecard can use this framework until a version is published.
          </Text>
        )}
        {createDraft.error ? <ErrorAlert error={createDraft.error} title="Could not create the draft" /> : null}
      </Stack>
    </Paper>
  );
}
