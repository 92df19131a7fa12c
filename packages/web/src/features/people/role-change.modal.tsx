import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import { isIsoDate, todayIso } from "../cycles/cycle-dates.js";
import { rolesQuery } from "../roles/roles.queries.js";
import { useUpdatePerson } from "./people.queries.js";
import type { Person, ScorecardChange } from "./person.types.js";

interface Props {
  person: Person | null;
  onClose: () => void;
  onChanges: (name: string, changes: ScorecardChange[]) => void;
}

/** A new role from a given day: open cycles get a new scorecard from then, the old one is kept. */
export function RoleChangeModal({ person, onClose, onChanges }: Props) {
  const update = useUpdatePerson();
  const roles = useQuery(rolesQuery());
  const form = useForm({
    mode: "controlled",
    initialValues: { roleId: "", effectiveDate: "" },
    validate: {
      roleId: (v) => (!v ? "Choose the new role" : v === person?.roleId ? "This is already their role" : null),
      effectiveDate: (v) =>
        !isIsoDate(v)
          ? "Enter the day the new role starts"
          : person && v < person.startDate
            ? `Must be on or after their start date ${person.startDate}`
            : null,
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!person) return;
    update.reset();
    form.setValues({ roleId: "", effectiveDate: todayIso() });
    form.clearErrors();
  }, [person?.id]);

  const onSubmit = form.onSubmit((values) => {
    if (!person) return;
    update.mutate(
      { id: person.id, roleId: values.roleId, effectiveDate: values.effectiveDate },
      {
        onSuccess: (saved) => {
          notifySuccess(`${saved.name} is now ${saved.roleTitle} from ${values.effectiveDate}.`);
          onClose();
          onChanges(saved.name, saved.scorecardChanges);
        },
        onError: (error) => applyApiIssues(form, error),
      },
    );
  });

  return (
    <Modal
      closeButtonProps={{ "aria-label": "Close" }}
      opened={person !== null}
      onClose={onClose}
      title={person ? `Change the role of ${person.name}` : ""}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">
            Current role: <strong>{person?.roleTitle}</strong>
          </Text>
          <Select
            label="New role"
            required
            searchable
            data-autofocus
            data={(roles.data ?? []).map((r) => ({ value: r.id, label: r.title }))}
            {...form.getInputProps("roleId")}
          />
          <TextInput label="Effective date" type="date" required {...form.getInputProps("effectiveDate")} />
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
            In every open review cycle, their current scorecard ends the day before this date and is kept as history. A
            new scorecard from the new role’s published framework starts on this date.
          </Alert>
          {update.isError && Object.keys(form.errors).length === 0 && (
            <ErrorAlert error={update.error} title="Could not change the role" />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Change role
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
