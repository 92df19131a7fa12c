import { Badge, Button, Group, Paper, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBriefcase, IconPlus, IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor, RouterButton } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { orgUnitsQuery } from "../org-units/org-units.queries.js";
import { familyOptions } from "./role.types.js";
import { RoleFormModal } from "./role-form.modal.js";
import { rolesQuery } from "./roles.queries.js";

const route = getRouteApi("/app/roles");

/** All roles, searchable and filterable by family; filters live in the URL so they can be shared. */
export function RolesPage() {
  const { q = "", family } = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 250);
  const canDesign = useCanDesign();
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (debounced !== q) void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
  }, [debounced, q, navigate]);

  const roles = useQuery(rolesQuery({ search: q || undefined, family }));
  const allRoles = useQuery(rolesQuery());
  const orgUnits = useQuery(orgUnitsQuery);
  const unitName = new Map((orgUnits.data ?? []).map((u) => [u.id, u.name]));
  const families = familyOptions((allRoles.data ?? []).map((r) => r.family));
  const filtered = Boolean(q || family);
  const items = roles.data ?? [];

  const newButton = canDesign && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New role
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Roles"
        description="Jobs in your organization, each with responsibilities, expected outcomes and its own KPI framework."
        actions={
          <>
            {canDesign && (
              <RouterButton to="/library" variant="default">
                Starter library
              </RouterButton>
            )}
            {newButton}
          </>
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Search roles"
          placeholder="Title, key or description"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          w={320}
        />
        <Select
          label="Role family"
          placeholder="All families"
          clearable
          data={families}
          value={family ?? null}
          onChange={(value) => void navigate({ search: (prev) => ({ ...prev, family: value ?? undefined }) })}
          w={220}
        />
      </Group>
      {roles.isPending && <ListSkeleton label="Loading roles" />}
      {roles.isError && (
        <ErrorAlert error={roles.error} title="Could not load the roles" onRetry={() => roles.refetch()} />
      )}
      {roles.isSuccess && items.length === 0 && !filtered && (
        <EmptyState
          icon={<IconBriefcase size={28} aria-hidden />}
          title="No roles yet"
          description="Create a role, or adopt ready-made roles with their KPIs from the starter library."
          action={
            canDesign ? (
              <Group>
                {newButton}
                <RouterButton to="/library" variant="light">
                  Browse the starter library
                </RouterButton>
              </Group>
            ) : undefined
          }
        />
      )}
      {roles.isSuccess && items.length === 0 && filtered && (
        <Text c="dimmed">No role matches these filters. Clear the search or pick another family.</Text>
      )}
      {items.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Family</Table.Th>
                  <Table.Th scope="col">Org unit</Table.Th>
                  <Table.Th scope="col">Responsibilities</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((role) => (
                  <Table.Tr key={role.id}>
                    <Table.Td>
                      <RouterAnchor to="/roles/$roleId" params={{ roleId: role.id }} fw={500}>
                        {role.title}
                      </RouterAnchor>
                      <Text size="xs" c="dimmed">
                        {role.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {role.family ? <Badge variant="light">{role.family}</Badge> : <Text c="dimmed">—</Text>}
                    </Table.Td>
                    <Table.Td>
                      {role.orgUnitId ? (unitName.get(role.orgUnitId) ?? "…") : <Text c="dimmed">—</Text>}
                    </Table.Td>
                    <Table.Td>{role.responsibilities.length}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <RoleFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
