import { ActionIcon, Button, Group, Menu, Stack, Text, TextInput } from "@mantine/core";
import {
  IconArrowsMove,
  IconBuildingCommunity,
  IconDots,
  IconPencil,
  IconPlus,
  IconSearch,
  IconTrash,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/page-header.js";
import { TreeList } from "../../components/tree-list.js";
import { useCanDesign } from "../auth/use-can-design.js";
import type { OrgUnit } from "./org-unit.types.js";
import { OrgUnitFormModal } from "./org-unit-form.modal.js";
import { orgUnitsQuery, useDeleteOrgUnit } from "./org-units.queries.js";

type Dialog =
  | { type: "create"; parentId: string | null }
  | { type: "edit" | "move" | "delete"; orgUnit: OrgUnit }
  | null;

/** Departments and teams as a tree. */
export function OrgUnitsPage() {
  const orgUnits = useQuery(orgUnitsQuery);
  const canDesign = useCanDesign();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [search, setSearch] = useState("");
  const remove = useDeleteOrgUnit();
  const items = orgUnits.data ?? [];
  const needle = search.trim().toLowerCase();
  const shown = needle ? items.filter((u) => u.name.toLowerCase().includes(needle) || u.key.includes(needle)) : items;
  const close = () => {
    setDialog(null);
    remove.reset();
  };

  const newButton = canDesign && (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setDialog({ type: "create", parentId: null })}
    >
      New org unit
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Org units"
        description="Departments and teams. Roles belong to an org unit."
        actions={newButton}
      />
      {items.length > 0 && (
        <TextInput
          mb="md"
          maw={360}
          label="Search org units"
          placeholder="Name or key"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      )}
      {orgUnits.isPending && <ListSkeleton label="Loading org units" />}
      {orgUnits.isError && (
        <ErrorAlert error={orgUnits.error} title="Could not load the org units" onRetry={() => orgUnits.refetch()} />
      )}
      {orgUnits.isSuccess && items.length === 0 && (
        <EmptyState
          icon={<IconBuildingCommunity size={28} aria-hidden />}
          title="No org units yet"
          description="Add your departments and teams, e.g. Sales → Sales EMEA. Roles are grouped by them."
          action={newButton || undefined}
        />
      )}
      {items.length > 0 && shown.length === 0 && <Text c="dimmed">No org unit matches “{search}”.</Text>}
      {shown.length > 0 && (
        <TreeList
          items={shown}
          label="Org units"
          nameOf={(u) => u.name}
          renderRow={(u) => (
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={500}>{u.name}</Text>
                <Text size="xs" c="dimmed">
                  {u.key}
                </Text>
              </Stack>
              {canDesign && (
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${u.name}`}>
                      <IconDots size={18} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => setDialog({ type: "edit", orgUnit: u })}
                    >
                      Rename
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconPlus size={16} aria-hidden />}
                      onClick={() => setDialog({ type: "create", parentId: u.id })}
                    >
                      Add sub-unit
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconArrowsMove size={16} aria-hidden />}
                      onClick={() => setDialog({ type: "move", orgUnit: u })}
                    >
                      Move
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => setDialog({ type: "delete", orgUnit: u })}
                    >
                      Delete
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          )}
        />
      )}
      <OrgUnitFormModal
        opened={dialog?.type === "create" || dialog?.type === "edit" || dialog?.type === "move"}
        onClose={close}
        orgUnit={dialog && dialog.type !== "create" ? dialog.orgUnit : undefined}
        parentId={dialog?.type === "create" ? dialog.parentId : undefined}
        moveOnly={dialog?.type === "move"}
        orgUnits={items}
      />
      <ConfirmDialog
        opened={dialog?.type === "delete"}
        title="Delete org unit?"
        confirmLabel="Delete"
        loading={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() => {
          if (dialog?.type !== "delete") return;
          const { orgUnit } = dialog;
          remove.mutate(orgUnit.id, {
            onSuccess: () => {
              notifySuccess(`Deleted “${orgUnit.name}”.`);
              close();
            },
          });
        }}
      >
        {dialog?.type === "delete" && (
          <>
            “{dialog.orgUnit.name}” will be deleted. Units that still have sub-units or roles cannot be deleted: move
            those first.
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
