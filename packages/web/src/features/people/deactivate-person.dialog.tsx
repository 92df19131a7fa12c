import { List, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { notifySuccess } from "../../components/notify.js";
import { isIsoDate, todayIso } from "../cycles/cycle-dates.js";
import { useDeactivatePerson } from "./people.queries.js";
import type { Person, ScorecardChange } from "./person.types.js";

interface Props {
  person: Person | null;
  onClose: () => void;
  onChanges: (name: string, changes: ScorecardChange[]) => void;
}

/** A leaver: asks first, says what is kept and what ends. */
export function DeactivatePersonDialog({ person, onClose, onChanges }: Props) {
  const deactivate = useDeactivatePerson();
  const [endDate, setEndDate] = useState(todayIso());
  const invalid = !isIsoDate(endDate)
    ? "Enter their last working day"
    : person && endDate < person.startDate
      ? `Must be on or after their start date ${person.startDate}`
      : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!person) return;
    deactivate.reset();
    setEndDate(todayIso());
  }, [person?.id]);

  return (
    <ConfirmDialog
      opened={person !== null}
      title={person ? `Deactivate ${person.name}?` : ""}
      confirmLabel="Deactivate"
      color="orange"
      loading={deactivate.isPending}
      error={deactivate.error}
      onClose={onClose}
      onConfirm={() => {
        if (!person || invalid) return;
        deactivate.mutate(
          { id: person.id, endDate },
          {
            onSuccess: (saved) => {
              notifySuccess(`${saved.name} was deactivated.`);
              onClose();
              onChanges(saved.name, saved.scorecardChanges);
            },
          },
        );
      }}
    >
      <List size="sm" spacing={4} mb="md">
        <List.Item>Their history is kept: scorecards, values and past reviews stay visible to HR.</List.Item>
        <List.Item>Their scorecards in open cycles end on their last working day.</List.Item>
        <List.Item>If they have an account, their sessions end now and they can no longer sign in.</List.Item>
      </List>
      <TextInput
        label="Last working day"
        type="date"
        required
        value={endDate}
        onChange={(e) => setEndDate(e.currentTarget.value)}
        error={invalid}
      />
    </ConfirmDialog>
  );
}
