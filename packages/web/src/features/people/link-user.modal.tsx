import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { membersQuery, peopleQuery, useLinkUser } from "./people.queries.js";
import type { Person } from "./person.types.js";

interface Props {
  person: Person | null;
  onClose: () => void;
}

/** Links the member account that signs in as this person, so they see their own scorecard. */
export function LinkUserModal({ person, onClose }: Props) {
  const link = useLinkUser();
  const members = useQuery({ ...membersQuery, enabled: person !== null });
  const people = useQuery(peopleQuery);
  const [userId, setUserId] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!person) return;
    link.reset();
    setUserId(person.userId);
  }, [person?.id]);

  // An account can belong to one person only: accounts linked elsewhere are left out.
  const taken = new Set((people.data ?? []).filter((p) => p.id !== person?.id && p.userId).map((p) => p.userId));
  const options = (members.data ?? [])
    .filter((m) => !m.disabledAt && !taken.has(m.id))
    .map((m) => ({ value: m.id, label: `${m.name} <${m.email}>` }));
  const save = (value: string | null) => {
    if (!person) return;
    link.mutate(
      { id: person.id, userId: value },
      {
        onSuccess: (saved) => {
          notifySuccess(value ? `Linked an account to ${saved.name}.` : `Unlinked the account of ${saved.name}.`);
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": "Close" }}
      opened={person !== null}
      onClose={onClose}
      title={person ? `Account of ${person.name}` : ""}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          The member account this person signs in with. Invite them first if they have none.
        </Text>
        {members.isError && <ErrorAlert error={members.error} title="Could not load the accounts" />}
        <Select
          label="Member account"
          searchable
          clearable
          placeholder={members.isPending ? "Loading accounts…" : "Choose an account"}
          data={options}
          nothingFoundMessage="No free account matches"
          value={userId}
          onChange={setUserId}
          data-autofocus
        />
        {link.isError && <ErrorAlert error={link.error} title="Could not link the account" />}
        <Group justify="space-between">
          {person?.userId ? (
            <Button variant="subtle" color="red" onClick={() => save(null)} loading={link.isPending}>
              Unlink account
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={() => save(userId)} disabled={!userId} loading={link.isPending}>
              Link account
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
