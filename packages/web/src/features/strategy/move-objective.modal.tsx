import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { selfAndDescendantIds } from "@yardstick/core";
import { useEffect, useState } from "react";
import { ApiError } from "../../api/api-error.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { treeOptions } from "../../components/tree-options.js";
import type { Objective } from "./objective.types.js";
import { useUpdateObjective } from "./objectives.queries.js";

interface Props {
  objective: Objective | undefined;
  objectives: readonly Objective[];
  onClose: () => void;
}

/** Moves an objective under another parent (or to the top level). */
export function MoveObjectiveModal({ objective, objectives, onClose }: Props) {
  const update = useUpdateObjective();
  const [parentId, setParentId] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another objective is picked
  useEffect(() => {
    setParentId(objective?.parentId ?? null);
    update.reset();
  }, [objective?.id]);

  if (!objective) return <Modal opened={false} onClose={onClose} />;
  const options = treeOptions(
    objectives.filter((o) => !o.archived),
    (o) => o.title,
    selfAndDescendantIds(objectives, objective.id),
  );
  const fieldError = update.error instanceof ApiError ? update.error.issueFor("parentId") : undefined;

  const onMove = () =>
    update.mutate(
      { id: objective.id, parentId },
      {
        onSuccess: () => {
          notifySuccess(`Moved “${objective.title}”.`);
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={`Move “${objective.title}”`}>
      <Stack>
        <Text size="sm" c="dimmed">
          Its sub-objectives move with it. An objective cannot go under itself or one of its own sub-objectives.
        </Text>
        <Select
          label="New parent objective"
          placeholder="None (top level)"
          clearable
          searchable
          data={options}
          value={parentId}
          onChange={setParentId}
          error={fieldError ? `Parent ${fieldError}` : undefined}
          data-autofocus
        />
        {update.isError && !fieldError && <ErrorAlert error={update.error} title="Could not move the objective" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={onMove} loading={update.isPending}>
            Move
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
