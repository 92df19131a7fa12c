import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Select,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconDots, IconPlus, IconSearch, IconSitemap, IconUsers } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterButton } from "../../components/router-link.js";
import { treeOptions } from "../../components/tree-options.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { ExportLinks } from "../exports/export-links.js";
import { orgUnitsQuery } from "../org-units/org-units.queries.js";
import { rolesQuery } from "../roles/roles.queries.js";
import { DeactivatePersonDialog } from "./deactivate-person.dialog.js";
import { LinkUserModal } from "./link-user.modal.js";
import { peopleQuery } from "./people.queries.js";
import { filterPeople, type PeopleFilters } from "./people-filter.js";
import type { Person, ScorecardChange } from "./person.types.js";
import { PersonFormModal } from "./person-form.modal.js";
import { RoleChangeModal } from "./role-change.modal.js";
import { ScorecardChangesModal } from "./scorecard-changes.modal.js";

type Dialog = { kind: "edit" | "role" | "deactivate" | "link"; person: Person } | { kind: "create" } | null;

/** HR's list of employees: search, filters, and every change to a person with its consequences shown. */
export function PeoplePage() {
  const canAdmin = useCanDesign();
  const people = useQuery(peopleQuery);
  const roles = useQuery(rolesQuery());
  const orgUnits = useQuery(orgUnitsQuery);
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text, 200);
  const [filters, setFilters] = useState<Omit<PeopleFilters, "q">>({ status: "active" });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [changes, setChanges] = useState<{ name: string; items: ScorecardChange[] } | null>(null);
  const close = () => setDialog(null);
  const onChanges = (name: string, items: ScorecardChange[]) => setChanges({ name, items });

  const all = people.data ?? [];
  const items = filterPeople(all, { ...filters, q });
  const addButton = canAdmin && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: "create" })}>
      Add person
    </Button>
  );
  const dialogPerson = (kind: string) => (dialog && dialog.kind === kind && "person" in dialog ? dialog.person : null);

  return (
    <>
      <PageHeader
        title="People"
        description="Employees with their role, org unit and manager. Each gets a scorecard when a review cycle opens."
        actions={
          <>
            <ExportLinks table="people" />
            <RouterButton to="/people/org-chart" variant="default" leftSection={<IconSitemap size={16} aria-hidden />}>
              Org chart
            </RouterButton>
            {addButton}
          </>
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Search people"
          placeholder="Name, email or employee number"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={280}
        />
        <Select
          label="Role"
          placeholder="All roles"
          clearable
          searchable
          data={(roles.data ?? []).map((r) => ({ value: r.id, label: r.title }))}
          value={filters.roleId ?? null}
          onChange={(v) => setFilters((f) => ({ ...f, roleId: v ?? undefined }))}
          w={220}
        />
        <Select
          label="Org unit"
          placeholder="All org units"
          clearable
          data={treeOptions(orgUnits.data ?? [], (u) => u.name)}
          value={filters.orgUnitId ?? null}
          onChange={(v) => setFilters((f) => ({ ...f, orgUnitId: v ?? undefined }))}
          w={200}
        />
        <div>
          <Text size="sm" fw={500} id="people-status-label" mb={4}>
            Status
          </Text>
          <SegmentedControl
            aria-labelledby="people-status-label"
            value={filters.status ?? "active"}
            onChange={(v) => setFilters((f) => ({ ...f, status: v as PeopleFilters["status"] }))}
            data={[
              { value: "active", label: "Active" },
              { value: "inactive", label: "Left" },
              { value: "all", label: "All" },
            ]}
          />
        </div>
      </Group>
      {people.isPending && <ListSkeleton label="Loading people" />}
      {people.isError && (
        <ErrorAlert error={people.error} title="Could not load people" onRetry={() => people.refetch()} />
      )}
      {people.isSuccess && all.length === 0 && (
        <EmptyState
          icon={<IconUsers size={28} aria-hidden />}
          title="No people yet"
          description="Add the people of your organization, each with a role, an org unit and a manager."
          action={addButton || undefined}
        />
      )}
      {people.isSuccess && all.length > 0 && items.length === 0 && (
        <Text c="dimmed">Nobody matches these filters. Clear the search or pick other filters.</Text>
      )}
      {items.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="People">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Employee no.</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Org unit</Table.Th>
                  <Table.Th scope="col">Manager</Table.Th>
                  <Table.Th scope="col" miw={110}>
                    Started
                  </Table.Th>
                  <Table.Th scope="col" miw={110}>
                    Status
                  </Table.Th>
                  {canAdmin && (
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Text fw={500} size="sm">
                        {person.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {person.email ?? "no email"}
                        {person.userId ? " · has an account" : ""}
                      </Text>
                    </Table.Td>
                    <Table.Td>{person.employeeNumber}</Table.Td>
                    <Table.Td>{person.roleTitle}</Table.Td>
                    <Table.Td>{person.orgUnitName ?? <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>{person.managerName ?? <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{person.startDate}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {person.active ? (
                        <Badge color="green" variant="light" miw="max-content">
                          Active
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light" miw="max-content">
                          Left {person.endDate ?? ""}
                        </Badge>
                      )}
                    </Table.Td>
                    {canAdmin && (
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${person.name}`}>
                              <IconDots size={18} aria-hidden />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => setDialog({ kind: "edit", person })}>Edit details</Menu.Item>
                            <Menu.Item disabled={!person.active} onClick={() => setDialog({ kind: "role", person })}>
                              Change role
                            </Menu.Item>
                            <Menu.Item onClick={() => setDialog({ kind: "link", person })}>
                              {person.userId ? "Change linked account" : "Link account"}
                            </Menu.Item>
                            <Menu.Divider />
                            <Menu.Item
                              color="orange"
                              disabled={!person.active}
                              onClick={() => setDialog({ kind: "deactivate", person })}
                            >
                              Deactivate
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <PersonFormModal
        opened={dialog?.kind === "create" || dialog?.kind === "edit"}
        person={dialogPerson("edit") ?? undefined}
        onClose={close}
        onChanges={onChanges}
      />
      <RoleChangeModal person={dialogPerson("role")} onClose={close} onChanges={onChanges} />
      <DeactivatePersonDialog person={dialogPerson("deactivate")} onClose={close} onChanges={onChanges} />
      <LinkUserModal person={dialogPerson("link")} onClose={close} />
      <ScorecardChangesModal
        personName={changes?.name ?? ""}
        changes={changes?.items ?? null}
        onClose={() => setChanges(null)}
      />
    </>
  );
}
