import { Alert, Group, Stack, Text, Title } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { meQuery } from "../auth/session.queries.js";
import { membersQuery } from "../people/people.queries.js";
import { AcceptLinkAlert } from "./accept-link.alert.js";
import type { CreatedInvitation } from "./invitation.types.js";
import { InvitationsTable } from "./invitations.table.js";
import { InviteForm } from "./invite.form.js";
import { invitationsQuery } from "./members.queries.js";
import { MembersTable } from "./members.table.js";

/** Who can sign in to the organization, with which access role, and who is invited (admins edit, HR reads). */
export function MembersPage() {
  const { data: me } = useQuery(meQuery);
  const isAdmin = me?.role === "admin";
  const mayRead = isAdmin || me?.role === "hr";
  const members = useQuery({ ...membersQuery, enabled: mayRead });
  const invitations = useQuery({ ...invitationsQuery, enabled: mayRead });
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const header = (
    <PageHeader
      title="Members & invitations"
      description="Accounts that can sign in to your organization and their access role: admins manage everything, HR designs frameworks and runs cycles, managers see their team, employees their own scorecard."
    />
  );

  if (!mayRead) {
    return (
      <>
        {header}
        <EmptyState
          icon={<IconUsers size={28} aria-hidden />}
          title="Only admins and HR see the members"
          description="Ask an admin of your organization if you need to invite someone or change an access role."
        />
      </>
    );
  }

  return (
    <>
      {header}
      <Stack gap="xl">
        {!isAdmin && (
          <Alert color="blue" variant="light" title="Read only">
            Only admins can invite people, change access roles and deactivate accounts.
          </Alert>
        )}
        <Stack gap="sm" component="section" aria-labelledby="members-heading">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h4" id="members-heading">
              Members
            </Title>
            {members.data && (
              <Text size="sm" c="dimmed">
                {members.data.filter((m) => m.disabledAt === null).length} active of {members.data.length}
              </Text>
            )}
          </Group>
          {members.isPending && <ListSkeleton rows={3} label="Loading members" />}
          {members.isError && (
            <ErrorAlert error={members.error} title="Could not load the members" onRetry={() => members.refetch()} />
          )}
          {members.data && <MembersTable members={members.data} meId={me?.id} editable={isAdmin} />}
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="invitations-heading">
          <Title order={2} size="h4" id="invitations-heading">
            Invitations
          </Title>
          {isAdmin && <InviteForm onCreated={setCreated} />}
          {created && <AcceptLinkAlert invitation={created} onDone={() => setCreated(null)} />}
          <Title order={3} size="h5">
            Pending
          </Title>
          {invitations.isPending && <ListSkeleton rows={2} label="Loading invitations" />}
          {invitations.isError && (
            <ErrorAlert
              error={invitations.error}
              title="Could not load the invitations"
              onRetry={() => invitations.refetch()}
            />
          )}
          {invitations.data && <InvitationsTable invitations={invitations.data} editable={isAdmin} />}
        </Stack>
      </Stack>
    </>
  );
}
