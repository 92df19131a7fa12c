import { Badge, Button, Group, Paper, Select, Table, Text } from "@mantine/core";
import { useState } from "react";
import { errorMessage } from "../../api/api-error.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { notifySuccess } from "../../components/notify.js";
import { type MembershipRole, ROLE_LABELS } from "../auth/session.types.js";
import type { Member } from "../people/person.types.js";
import { useChangeMemberRole, useSetMemberActive } from "./members.queries.js";

const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as MembershipRole[]).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));

interface Props {
  members: readonly Member[];
  /** The signed-in user, marked "You" in the list. */
  meId: string | undefined;
  editable: boolean;
}

/** Member accounts with their access role and status; admins change roles and (de)activate accounts. */
export function MembersTable({ members, meId, editable }: Props) {
  const changeRole = useChangeMemberRole();
  const setActive = useSetMemberActive();
  const [roleError, setRoleError] = useState<{ id: string; message: string } | null>(null);
  const [confirming, setConfirming] = useState<{ member: Member; active: boolean } | null>(null);

  const onRole = (member: Member, role: MembershipRole) => {
    setRoleError(null);
    changeRole.mutate(
      { id: member.id, role },
      {
        onSuccess: (saved) => notifySuccess(`${saved.name} is now ${ROLE_LABELS[saved.role]}.`),
        onError: (error) => setRoleError({ id: member.id, message: errorMessage(error) }),
      },
    );
  };

  const closeDialog = () => {
    setConfirming(null);
    setActive.reset();
  };

  return (
    <>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="sm" aria-label="Members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Access role</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                {editable && <Table.Th scope="col">Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => {
                const active = member.disabledAt === null;
                return (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={500}>
                          {member.name}
                        </Text>
                        {member.id === meId && (
                          <Badge size="xs" variant="outline" miw="max-content">
                            You
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ wordBreak: "break-all" }}>
                        {member.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {editable && active ? (
                        <Select
                          aria-label={`Access role of ${member.name}`}
                          data={ROLE_OPTIONS}
                          value={member.role}
                          allowDeselect={false}
                          onChange={(value) =>
                            value && value !== member.role && onRole(member, value as MembershipRole)
                          }
                          disabled={changeRole.isPending && changeRole.variables?.id === member.id}
                          error={roleError?.id === member.id ? roleError.message : undefined}
                          w={170}
                        />
                      ) : (
                        <Badge variant="light" color="gray" miw="max-content">
                          {ROLE_LABELS[member.role]}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {active ? (
                        <Badge color="green" variant="light" miw="max-content">
                          Active
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light" miw="max-content">
                          Deactivated {member.disabledAt?.slice(0, 10)}
                        </Badge>
                      )}
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant={active ? "default" : "light"}
                          aria-label={`${active ? "Deactivate" : "Reactivate"} ${member.name}`}
                          onClick={() => setConfirming({ member, active: !active })}
                        >
                          {active ? "Deactivate" : "Reactivate"}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming ? `${confirming.active ? "Reactivate" : "Deactivate"} ${confirming.member.name}?` : ""}
        confirmLabel={confirming?.active ? "Reactivate" : "Deactivate"}
        color={confirming?.active ? "blue" : "orange"}
        loading={setActive.isPending}
        error={setActive.error}
        onClose={closeDialog}
        onConfirm={() => {
          if (!confirming) return;
          setActive.mutate(
            { id: confirming.member.id, active: confirming.active },
            {
              onSuccess: (saved) => {
                notifySuccess(`${saved.name} was ${confirming.active ? "reactivated" : "deactivated"}.`);
                closeDialog();
              },
            },
          );
        }}
      >
        {confirming?.active
          ? `${confirming.member.name} can sign in again with their current password and gets back the access role ${ROLE_LABELS[confirming.member.role]}.`
          : `${confirming?.member.name ?? "They"} can no longer sign in to this organization and their sessions end now. Their scorecards, values and reviews are kept; you can reactivate them later.`}
      </ConfirmDialog>
    </>
  );
}
