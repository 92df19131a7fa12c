import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { selfAndDescendantIds } from "@yardstick/core";
import { useEffect, useRef } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { keyFromTitle, keyProblem } from "../../components/key-from-title.js";
import { notifySuccess } from "../../components/notify.js";
import { treeOptions } from "../../components/tree-options.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import { type Objective, PERSPECTIVE_LABELS, type Perspective } from "./objective.types.js";
import { useCreateObjective, useUpdateObjective } from "./objectives.queries.js";

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The objective to edit; absent to create one. */
  objective?: Objective;
  /** Preset parent for "Add sub-objective". */
  parentId?: string | null;
  objectives: readonly Objective[];
}

const perspectiveOptions = Object.entries(PERSPECTIVE_LABELS).map(([value, label]) => ({ value, label }));

/** Create or edit an objective: the key follows the title until someone edits it by hand. */
export function ObjectiveFormModal({ opened, onClose, objective, parentId, objectives }: Props) {
  const create = useCreateObjective();
  const update = useUpdateObjective();
  const mutation = objective ? update : create;
  const keyEdited = useRef(false);
  const form = useForm({
    mode: "controlled",
    initialValues: { title: "", key: "", perspective: "", parentId: "", owner: "", description: "" },
    validate: {
      title: (v) => (v.trim() ? null : "Enter a title, e.g. “Grow recurring revenue 30%”"),
      key: (v) => (objective ? null : (keyProblem(v) ?? null)),
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!opened) return;
    keyEdited.current = false;
    create.reset();
    update.reset();
    form.setValues({
      title: objective?.title ?? "",
      key: objective?.key ?? "",
      perspective: objective?.perspective ?? "",
      parentId: objective?.parentId ?? parentId ?? "",
      owner: objective?.owner ?? "",
      description: objective?.description ?? "",
    });
    form.resetDirty();
    form.clearErrors();
  }, [opened, objective?.id, parentId]);

  const exclude = objective ? selfAndDescendantIds(objectives, objective.id) : new Set<string>();
  const parentOptions = treeOptions(
    objectives.filter((o) => !o.archived || o.id === form.values.parentId),
    (o) => o.title,
    exclude,
  );

  const onSubmit = form.onSubmit((values) => {
    const common = {
      title: values.title.trim(),
      perspective: (values.perspective || null) as Perspective | null,
      parentId: values.parentId || null,
    };
    const onError = (error: Error) => applyApiIssues(form, error);
    if (objective) {
      update.mutate(
        {
          id: objective.id,
          ...common,
          owner: values.owner.trim() || null,
          description: values.description.trim() || null,
        },
        {
          onSuccess: () => {
            notifySuccess(`Saved “${common.title}”.`);
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      {
        key: values.key,
        title: common.title,
        parentId: common.parentId,
        ...(common.perspective ? { perspective: common.perspective } : {}),
        ...(values.owner.trim() ? { owner: values.owner.trim() } : {}),
        ...(values.description.trim() ? { description: values.description.trim() } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(`Created objective “${common.title}”.`);
          onClose();
        },
        onError,
      },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={objective ? "Edit objective" : "New objective"} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} title="Could not save the objective" />}
          <TextInput
            label="Title"
            required
            data-autofocus
            {...form.getInputProps("title")}
            onChange={(event) => {
              const title = event.currentTarget.value;
              form.setFieldValue("title", title);
              if (!objective && !keyEdited.current) form.setFieldValue("key", keyFromTitle(title));
            }}
          />
          <TextInput
            label="Key"
            required={!objective}
            disabled={Boolean(objective)}
            description={
              objective
                ? "Keys cannot change after creation: framework versions and files refer to them."
                : "A stable identifier, made from the title. Lowercase letters, digits, '-', '_' or '.'."
            }
            {...form.getInputProps("key")}
            onChange={(event) => {
              keyEdited.current = true;
              form.setFieldValue("key", event.currentTarget.value);
            }}
          />
          <Group grow align="flex-start">
            <Select
              label="Perspective"
              placeholder="None"
              clearable
              data={perspectiveOptions}
              {...form.getInputProps("perspective")}
              onChange={(value) => form.setFieldValue("perspective", value ?? "")}
              value={form.values.perspective || null}
            />
            <Select
              label="Parent objective"
              placeholder="None (top level)"
              clearable
              searchable
              nothingFoundMessage="No objective matches"
              data={parentOptions}
              {...form.getInputProps("parentId")}
              onChange={(value) => form.setFieldValue("parentId", value ?? "")}
              value={form.values.parentId || null}
            />
          </Group>
          <TextInput
            label="Owner"
            description="Who owns this objective: a name or an email"
            {...form.getInputProps("owner")}
          />
          <Textarea label="Description" autosize minRows={3} maxRows={8} {...form.getInputProps("description")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {objective ? "Save changes" : "Create objective"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
