import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { selfAndDescendantIds } from "@yardstick/core";
import { useEffect, useRef } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { keyFromTitle, keyProblem } from "../../components/key-from-title.js";
import { notifySuccess } from "../../components/notify.js";
import { treeOptions } from "../../components/tree-options.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import type { OrgUnit } from "./org-unit.types.js";
import { useCreateOrgUnit, useUpdateOrgUnit } from "./org-units.queries.js";

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The unit to edit; absent to create one. */
  orgUnit?: OrgUnit;
  parentId?: string | null;
  /** Only the parent can change (the "Move" action). */
  moveOnly?: boolean;
  orgUnits: readonly OrgUnit[];
}

/** Create, rename or move an org unit; parent errors (e.g. a cycle) appear under the parent field. */
export function OrgUnitFormModal({ opened, onClose, orgUnit, parentId, moveOnly, orgUnits }: Props) {
  const create = useCreateOrgUnit();
  const update = useUpdateOrgUnit();
  const mutation = orgUnit ? update : create;
  const keyEdited = useRef(false);
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", key: "", parentId: "" },
    validate: {
      name: (v) => (v.trim() ? null : "Enter a name, e.g. “Sales EMEA”"),
      key: (v) => (orgUnit ? null : (keyProblem(v) ?? null)),
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!opened) return;
    keyEdited.current = false;
    create.reset();
    update.reset();
    form.setValues({
      name: orgUnit?.name ?? "",
      key: orgUnit?.key ?? "",
      parentId: orgUnit?.parentId ?? parentId ?? "",
    });
    form.clearErrors();
  }, [opened, orgUnit?.id, parentId]);

  const parentOptions = treeOptions(
    orgUnits,
    (u) => u.name,
    orgUnit ? selfAndDescendantIds(orgUnits, orgUnit.id) : new Set(),
  );

  const onSubmit = form.onSubmit((values) => {
    const name = values.name.trim();
    const onError = (error: Error) => applyApiIssues(form, error);
    const done = (message: string) => () => {
      notifySuccess(message);
      onClose();
    };
    if (orgUnit) {
      update.mutate(
        { id: orgUnit.id, ...(moveOnly ? {} : { name }), parentId: values.parentId || null },
        { onSuccess: done(moveOnly ? `Moved “${orgUnit.name}”.` : `Saved “${name}”.`), onError },
      );
      return;
    }
    create.mutate(
      { key: values.key, name, parentId: values.parentId || null },
      { onSuccess: done(`Created org unit “${name}”.`), onError },
    );
  });

  const title = moveOnly && orgUnit ? `Move “${orgUnit.name}”` : orgUnit ? "Rename org unit" : "New org unit";
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} title="Could not save the org unit" />}
          {!moveOnly && (
            <TextInput
              label="Name"
              required
              data-autofocus
              {...form.getInputProps("name")}
              onChange={(event) => {
                const name = event.currentTarget.value;
                form.setFieldValue("name", name);
                if (!orgUnit && !keyEdited.current) form.setFieldValue("key", keyFromTitle(name));
              }}
            />
          )}
          {!orgUnit && (
            <TextInput
              label="Key"
              required
              description="A stable identifier, made from the name."
              {...form.getInputProps("key")}
              onChange={(event) => {
                keyEdited.current = true;
                form.setFieldValue("key", event.currentTarget.value);
              }}
            />
          )}
          {(moveOnly || !orgUnit) && (
            <Select
              label="Parent unit"
              placeholder="None (top level)"
              clearable
              searchable
              data={parentOptions}
              data-autofocus={moveOnly || undefined}
              {...form.getInputProps("parentId")}
              onChange={(value) => form.setFieldValue("parentId", value ?? "")}
              value={form.values.parentId || null}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {moveOnly ? "Move" : orgUnit ? "Save changes" : "Create org unit"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
