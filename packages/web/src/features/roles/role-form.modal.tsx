import { Autocomplete, Button, Group, Modal, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { keyFromTitle, keyProblem } from "../../components/key-from-title.js";
import { notifySuccess } from "../../components/notify.js";
import { treeOptions } from "../../components/tree-options.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import { orgUnitsQuery } from "../org-units/org-units.queries.js";
import { familyOptions, type Role } from "./role.types.js";
import { rolesQuery, useCreateRole, useUpdateRole } from "./roles.queries.js";

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The role to edit (title, family, org unit, description); absent to create one. */
  role?: Role;
}

/** Create a role (then open its page) or edit its main fields. */
export function RoleFormModal({ opened, onClose, role }: Props) {
  const create = useCreateRole();
  const update = useUpdateRole();
  const mutation = role ? update : create;
  const navigate = useNavigate();
  const orgUnits = useQuery(orgUnitsQuery);
  const allRoles = useQuery(rolesQuery());
  const keyEdited = useRef(false);
  const form = useForm({
    mode: "controlled",
    initialValues: { title: "", key: "", family: "", orgUnitId: "", description: "" },
    validate: {
      title: (v) => (v.trim() ? null : "Enter a title, e.g. “Account Executive”"),
      key: (v) => (role ? null : (keyProblem(v) ?? null)),
      family: (v) => (v.trim().length > 60 ? "Use at most 60 characters" : null),
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!opened) return;
    keyEdited.current = false;
    create.reset();
    update.reset();
    form.setValues({
      title: role?.title ?? "",
      key: role?.key ?? "",
      family: role?.family ?? "",
      orgUnitId: role?.orgUnitId ?? "",
      description: role?.description ?? "",
    });
    form.clearErrors();
  }, [opened, role?.id]);

  const onSubmit = form.onSubmit((values) => {
    const title = values.title.trim();
    const family = values.family.trim();
    const description = values.description.trim();
    const onError = (error: Error) => applyApiIssues(form, error);
    if (role) {
      update.mutate(
        {
          id: role.id,
          title,
          family: family || null,
          orgUnitId: values.orgUnitId || null,
          description: description || null,
        },
        {
          onSuccess: () => {
            notifySuccess(`Saved “${title}”.`);
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
        title,
        orgUnitId: values.orgUnitId || null,
        ...(family ? { family } : {}),
        ...(description ? { description } : {}),
      },
      {
        onSuccess: (created) => {
          notifySuccess(`Created role “${title}”. Add its responsibilities and expected outcomes next.`);
          onClose();
          void navigate({ to: "/roles/$roleId", params: { roleId: created.id } });
        },
        onError,
      },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={role ? "Edit role" : "New role"} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} title="Could not save the role" />}
          <TextInput
            label="Title"
            required
            data-autofocus
            {...form.getInputProps("title")}
            onChange={(event) => {
              const title = event.currentTarget.value;
              form.setFieldValue("title", title);
              if (!role && !keyEdited.current) form.setFieldValue("key", keyFromTitle(title));
            }}
          />
          {!role && (
            <TextInput
              label="Key"
              required
              description="A stable identifier, made from the title."
              {...form.getInputProps("key")}
              onChange={(event) => {
                keyEdited.current = true;
                form.setFieldValue("key", event.currentTarget.value);
              }}
            />
          )}
          <Group grow align="flex-start">
            <Autocomplete
              label="Role family"
              placeholder="e.g. Sales"
              data={familyOptions((allRoles.data ?? []).map((r) => r.family))}
              {...form.getInputProps("family")}
            />
            <Select
              label="Org unit"
              placeholder="None"
              clearable
              searchable
              data={treeOptions(orgUnits.data ?? [], (u) => u.name)}
              nothingFoundMessage="No org unit matches; add units on the Org units page"
              {...form.getInputProps("orgUnitId")}
              onChange={(value) => form.setFieldValue("orgUnitId", value ?? "")}
              value={form.values.orgUnitId || null}
            />
          </Group>
          <Textarea label="Description" autosize minRows={3} maxRows={8} {...form.getInputProps("description")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {role ? "Save changes" : "Create role"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
