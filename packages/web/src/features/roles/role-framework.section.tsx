import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { RoleDetail } from "./role.types.js";

/**
 * The slot for the role's KPI framework on the role page (versions, assignments, weights,
 * scoring, publishing). This first version only summarises what the API reports; the framework
 * editor replaces the body of this component and keeps its name and props.
 */
export function RoleFrameworkSection({ role }: { role: RoleDetail }) {
  const { latest, latestPublished } = role.framework;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="role-framework-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="role-framework-heading">
          Framework
        </Title>
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
      </Stack>
    </Paper>
  );
}
