import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconPencil, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { PageSkeleton } from "../../components/list-skeleton.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { OutcomesEditor } from "./outcomes.editor.js";
import { ResponsibilitiesEditor } from "./responsibilities.editor.js";
import { RoleFormModal } from "./role-form.modal.js";
import { RoleFrameworkSection } from "./role-framework.section.js";
import { roleQuery, useDeleteRole } from "./roles.queries.js";

const route = getRouteApi("/app/roles/$roleId");

/** One role: what it is, what it is responsible for, what it should achieve, and its framework. */
export function RolePage() {
  const { roleId } = route.useParams();
  const role = useQuery(roleQuery(roleId));
  const canDesign = useCanDesign();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteRole();
  const navigate = useNavigate();

  const back = (
    <RouterAnchor to="/roles" size="sm" style={{ display: "inline-flex", gap: 4, alignItems: "center" }}>
      <IconArrowLeft size={14} aria-hidden /> All roles
    </RouterAnchor>
  );

  if (role.isPending) return <PageSkeleton />;
  if (role.isError) {
    return (
      <>
        <PageHeader title="Role" above={back} />
        <ErrorAlert error={role.error} title="Could not load this role" onRetry={() => role.refetch()} />
      </>
    );
  }
  const r = role.data;

  return (
    <>
      <PageHeader
        title={r.title}
        above={back}
        description={
          <Group gap="xs" component="span">
            <span>{r.key}</span>
            {r.family && <Badge variant="light">{r.family}</Badge>}
            {r.orgUnit && <span>· {r.orgUnit.name}</span>}
          </Group>
        }
        actions={
          canDesign && (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                Edit role
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => {
                  remove.reset();
                  setDeleting(true);
                }}
              >
                Delete role
              </Button>
            </>
          )
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="role-description-heading">
          <Title order={2} size="h4" id="role-description-heading" mb="xs">
            Description
          </Title>
          {r.description ? (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {r.description}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No description yet.{canDesign ? " Use “Edit role” to say what this role is for." : ""}
            </Text>
          )}
        </Paper>
        <ResponsibilitiesEditor role={r} canEdit={canDesign} />
        <OutcomesEditor role={r} canEdit={canDesign} />
        <RoleFrameworkSection role={r} />
      </Stack>
      <RoleFormModal opened={editing} onClose={() => setEditing(false)} role={r} />
      <ConfirmDialog
        opened={deleting}
        title="Delete role?"
        confirmLabel="Delete role"
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          remove.mutate(r.id, {
            onSuccess: () => {
              notifySuccess(`Deleted “${r.title}”.`);
              void navigate({ to: "/roles" });
            },
          })
        }
      >
        “{r.title}” and its draft framework versions will be deleted. A role with a published framework cannot be
        deleted.
      </ConfirmDialog>
    </>
  );
}
