import { ActionIcon, Badge, Button, Group, Menu, Stack, Switch, Text } from "@mantine/core";
import {
  IconArchive,
  IconArchiveOff,
  IconArrowsMove,
  IconDots,
  IconPencil,
  IconPlus,
  IconTargetArrow,
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
import { MoveObjectiveModal } from "./move-objective.modal.js";
import { type Objective, PERSPECTIVE_COLORS, PERSPECTIVE_LABELS } from "./objective.types.js";
import { ObjectiveFormModal } from "./objective-form.modal.js";
import { objectivesQuery, useArchiveObjective, useDeleteObjective } from "./objectives.queries.js";

type Dialog =
  | { type: "create"; parentId: string | null }
  | { type: "edit"; objective: Objective }
  | { type: "move"; objective: Objective }
  | { type: "archive"; objective: Objective }
  | { type: "delete"; objective: Objective }
  | null;

/** The strategic objectives as a tree: create, edit, move, archive. */
export function StrategyPage() {
  const [showArchived, setShowArchived] = useState(false);
  const objectives = useQuery(objectivesQuery(showArchived));
  const canDesign = useCanDesign();
  const [dialog, setDialog] = useState<Dialog>(null);
  const archive = useArchiveObjective();
  const remove = useDeleteObjective();
  const items = objectives.data ?? [];
  const close = () => {
    setDialog(null);
    archive.reset();
    remove.reset();
  };

  const liveChildren = (id: string) => items.filter((o) => o.parentId === id && !o.archived).length;

  const newButton = canDesign && (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setDialog({ type: "create", parentId: null })}
    >
      New objective
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Strategy"
        description="Strategic objectives, from company goals down to department goals. Every KPI should serve one."
        actions={newButton}
      />
      <Group mb="md">
        <Switch
          label="Show archived"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.currentTarget.checked)}
        />
      </Group>
      {objectives.isPending && <ListSkeleton label="Loading objectives" />}
      {objectives.isError && (
        <ErrorAlert
          error={objectives.error}
          title="Could not load the objectives"
          onRetry={() => objectives.refetch()}
        />
      )}
      {objectives.isSuccess && items.length === 0 && (
        <EmptyState
          icon={<IconTargetArrow size={28} aria-hidden />}
          title={showArchived ? "No objectives yet" : "No active objectives"}
          description="Start with two to five company-level goals, then break them down per department. KPIs are linked to these objectives."
          action={canDesign ? newButton : undefined}
        />
      )}
      {items.length > 0 && (
        <TreeList
          items={items}
          label="Objectives"
          nameOf={(o) => o.title}
          renderRow={(o) => (
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={500} c={o.archived ? "dimmed" : undefined} td={o.archived ? "line-through" : undefined}>
                    {o.title}
                  </Text>
                  {o.perspective && (
                    <Badge size="sm" variant="light" color={PERSPECTIVE_COLORS[o.perspective]}>
                      {PERSPECTIVE_LABELS[o.perspective]}
                    </Badge>
                  )}
                  {o.archived && (
                    <Badge size="sm" color="gray" variant="outline">
                      Archived
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" truncate="end">
                  {o.key}
                  {o.owner ? ` · Owner: ${o.owner}` : ""}
                </Text>
              </Stack>
              {canDesign && (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${o.title}`}>
                      <IconDots size={18} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => setDialog({ type: "edit", objective: o })}
                    >
                      Edit
                    </Menu.Item>
                    {!o.archived && (
                      <Menu.Item
                        leftSection={<IconPlus size={16} aria-hidden />}
                        onClick={() => setDialog({ type: "create", parentId: o.id })}
                      >
                        Add sub-objective
                      </Menu.Item>
                    )}
                    <Menu.Item
                      leftSection={<IconArrowsMove size={16} aria-hidden />}
                      onClick={() => setDialog({ type: "move", objective: o })}
                    >
                      Move
                    </Menu.Item>
                    {o.archived ? (
                      <Menu.Item
                        leftSection={<IconArchiveOff size={16} aria-hidden />}
                        onClick={() =>
                          archive.mutate(
                            { id: o.id, archived: false },
                            { onSuccess: () => notifySuccess(`Restored “${o.title}”.`) },
                          )
                        }
                      >
                        Unarchive
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        leftSection={<IconArchive size={16} aria-hidden />}
                        onClick={() => setDialog({ type: "archive", objective: o })}
                      >
                        Archive
                      </Menu.Item>
                    )}
                    <Menu.Divider />
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => setDialog({ type: "delete", objective: o })}
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
      {archive.isError && !dialog && <ErrorAlert error={archive.error} title="Could not unarchive the objective" />}

      <ObjectiveFormModal
        opened={dialog?.type === "create" || dialog?.type === "edit"}
        onClose={close}
        objective={dialog?.type === "edit" ? dialog.objective : undefined}
        parentId={dialog?.type === "create" ? dialog.parentId : undefined}
        objectives={items}
      />
      <MoveObjectiveModal
        objective={dialog?.type === "move" ? dialog.objective : undefined}
        objectives={items}
        onClose={close}
      />
      <ConfirmDialog
        opened={dialog?.type === "archive"}
        title="Archive objective?"
        confirmLabel="Archive"
        color="orange"
        loading={archive.isPending}
        error={archive.error}
        onClose={close}
        onConfirm={() => {
          if (dialog?.type !== "archive") return;
          const { objective } = dialog;
          const cascade = liveChildren(objective.id) > 0;
          archive.mutate(
            { id: objective.id, archived: true, cascade },
            {
              onSuccess: () => {
                notifySuccess(`Archived “${objective.title}”.`);
                close();
              },
            },
          );
        }}
      >
        {dialog?.type === "archive" && (
          <>
            “{dialog.objective.title}” will be hidden from pickers and the strategy tree.
            {liveChildren(dialog.objective.id) > 0 &&
              ` Its ${liveChildren(dialog.objective.id)} sub-objective(s) and their branches are archived too.`}{" "}
            You can unarchive it later with “Show archived”.
          </>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog?.type === "delete"}
        title="Delete objective?"
        confirmLabel="Delete permanently"
        loading={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() => {
          if (dialog?.type !== "delete") return;
          const { objective } = dialog;
          remove.mutate(objective.id, {
            onSuccess: () => {
              notifySuccess(`Deleted “${objective.title}”.`);
              close();
            },
          });
        }}
      >
        {dialog?.type === "delete" && (
          <>
            “{dialog.objective.title}” will be deleted and cannot be restored. Objectives that frameworks or
            sub-objectives still use cannot be deleted: archive them instead.
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
