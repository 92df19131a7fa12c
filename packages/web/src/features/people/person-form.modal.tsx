import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { treeOptions } from "../../components/tree-options.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import { isIsoDate, todayIso } from "../cycles/cycle-dates.js";
import { orgUnitsQuery } from "../org-units/org-units.queries.js";
import { rolesQuery } from "../roles/roles.queries.js";
import { peopleQuery, useCreatePerson, useUpdatePerson } from "./people.queries.js";
import { managerCandidates } from "./people-filter.js";
import type { Person, ScorecardChange } from "./person.types.js";

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The person to edit; absent to add one. */
  person?: Person;
  /** Called with what the change did to scorecards of open cycles. */
  onChanges: (name: string, changes: ScorecardChange[]) => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Add a person or edit their details. A role change has its own dialog because it has an effective date. */
export function PersonFormModal({ opened, onClose, person, onChanges }: Props) {
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const mutation = person ? update : create;
  const roles = useQuery(rolesQuery());
  const orgUnits = useQuery(orgUnitsQuery);
  const people = useQuery(peopleQuery);
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", email: "", employeeNumber: "", roleId: "", orgUnitId: "", managerId: "", startDate: "" },
    validate: {
      name: (v) => (v.trim() ? null : "Enter the person's name"),
      email: (v) => (!v.trim() || EMAIL.test(v.trim()) ? null : "Enter an email address like name@example.com"),
      employeeNumber: (v) => (v.trim() ? null : "Enter the employee number (unique in your organization)"),
      roleId: (v) => (person || v ? null : "Choose the person's role"),
      startDate: (v) => (isIsoDate(v) ? null : "Enter the start date"),
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!opened) return;
    create.reset();
    update.reset();
    form.setValues({
      name: person?.name ?? "",
      email: person?.email ?? "",
      employeeNumber: person?.employeeNumber ?? "",
      roleId: person?.roleId ?? "",
      orgUnitId: person?.orgUnitId ?? "",
      managerId: person?.managerId ?? "",
      startDate: person?.startDate ?? todayIso(),
    });
    form.clearErrors();
  }, [opened, person?.id]);

  const managers = managerCandidates(people.data ?? [], person?.id).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.roleTitle})`,
  }));

  const onSubmit = form.onSubmit((values) => {
    const common = {
      name: values.name.trim(),
      email: values.email.trim() || null,
      employeeNumber: values.employeeNumber.trim(),
      orgUnitId: values.orgUnitId || null,
      managerId: values.managerId || null,
      startDate: values.startDate,
    };
    const done = (saved: { name: string; scorecardChanges: ScorecardChange[] }) => {
      notifySuccess(person ? `Saved ${saved.name}.` : `Added ${saved.name}.`);
      onClose();
      if (saved.scorecardChanges.length > 0) onChanges(saved.name, saved.scorecardChanges);
    };
    const onError = (error: Error) => applyApiIssues(form, error);
    if (person) update.mutate({ id: person.id, ...common }, { onSuccess: done, onError });
    else create.mutate({ ...common, roleId: values.roleId }, { onSuccess: done, onError });
  });

  return (
    <Modal
      closeButtonProps={{ "aria-label": "Close" }}
      opened={opened}
      onClose={onClose}
      title={person ? `Edit ${person.name}` : "Add a person"}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps("name")} />
            <TextInput label="Email" type="email" {...form.getInputProps("email")} />
            <TextInput label="Employee number" required {...form.getInputProps("employeeNumber")} />
            <TextInput label="Start date" type="date" required {...form.getInputProps("startDate")} />
            {person ? (
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  Role
                </Text>
                <Text size="sm">{person.roleTitle}</Text>
                <Text size="xs" c="dimmed">
                  Use “Change role” to give a new role with an effective date.
                </Text>
              </Stack>
            ) : (
              <Select
                label="Role"
                required
                searchable
                placeholder="Choose a role"
                data={(roles.data ?? []).map((r) => ({ value: r.id, label: r.title }))}
                nothingFoundMessage="No role matches"
                {...form.getInputProps("roleId")}
              />
            )}
            <Select
              label="Org unit"
              clearable
              searchable
              placeholder="None"
              data={treeOptions(orgUnits.data ?? [], (u) => u.name)}
              {...form.getInputProps("orgUnitId")}
              value={form.getValues().orgUnitId || null}
              onChange={(v) => form.setFieldValue("orgUnitId", v ?? "")}
            />
            <Select
              label="Manager"
              clearable
              searchable
              placeholder="No manager (top of the chart)"
              data={managers}
              nothingFoundMessage="Nobody matches"
              {...form.getInputProps("managerId")}
              value={form.getValues().managerId || null}
              onChange={(v) => form.setFieldValue("managerId", v ?? "")}
            />
          </SimpleGrid>
          {mutation.isError && Object.keys(form.errors).length === 0 && (
            <ErrorAlert error={mutation.error} title={person ? "Could not save" : "Could not add the person"} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {person ? "Save" : "Add person"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
