import { Badge, Button, Paper, Table, Text } from "@mantine/core";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { notifySuccess } from "../../components/notify.js";
import { ROLE_LABELS } from "../auth/session.types.js";
import type { Invitation } from "./invitation.types.js";
import { useRevokeInvitation } from "./members.queries.js";

interface Props {
  invitations: readonly Invitation[];
  editable: boolean;
}

/** Invitations nobody has accepted yet; revoking one makes its link stop working. */
export function InvitationsTable({ invitations, editable }: Props) {
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const close = () => {
    setRevoking(null);
    revoke.reset();
  };

  if (invitations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No pending invitations.{editable ? " Invite someone with the form above." : ""}
      </Text>
    );
  }

  return (
    <>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label="Pending invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Access role</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                {editable && <Table.Th scope="col">Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {invitation.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: "break-all" }}>
                      {invitation.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" miw="max-content">
                      {ROLE_LABELS[invitation.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{invitation.expiresAt.slice(0, 10)}</Text>
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={`Revoke the invitation for ${invitation.email}`}
                        onClick={() => setRevoking(invitation)}
                      >
                        Revoke
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <ConfirmDialog
        opened={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        loading={revoke.isPending}
        error={revoke.error}
        onClose={close}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifySuccess(`The invitation for ${revoking.email} was revoked.`);
              close();
            },
          });
        }}
      >
        The link sent to {revoking?.email} stops working. You can invite them again later.
      </ConfirmDialog>
    </>
  );
}
