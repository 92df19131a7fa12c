import { Alert, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { setCsrfToken } from "../../api/api-client.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { RouterButton } from "../../components/router-link.js";
import { applyApiIssues } from "./apply-api-issues.js";
import { AuthCard } from "./auth-card.js";
import { invitationLookupQuery, useAcceptInvitation } from "./invitation.queries.js";
import { meQuery } from "./session.queries.js";
import { type Me, type MembershipRole, MIN_PASSWORD_LENGTH, ROLE_LABELS } from "./session.types.js";

const route = getRouteApi("/accept-invite");

/** A colleague opens their invitation link, chooses a password, and is signed in. */
export function AcceptInvitePage() {
  const { token = "" } = route.useSearch();
  const lookup = useQuery(invitationLookupQuery(token));
  const accept = useAcceptInvitation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    mode: "uncontrolled",
    validateInputOnBlur: true,
    initialValues: { name: "", password: "", confirmPassword: "" },
    validate: {
      password: (v) => {
        if (lookup.data?.hasAccount) return v ? null : "Enter the password of your existing account";
        return v.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters`;
      },
      confirmPassword: (v, values) =>
        lookup.data?.hasAccount || v === values.password ? null : "The passwords do not match",
    },
  });

  if (!token) {
    return (
      <AuthCard title="Accept invitation">
        <Alert color="red" title="This link is incomplete" role="alert">
          The invitation link has no token. Open the link from your invitation email again, or ask your administrator
          for a new invitation.
        </Alert>
      </AuthCard>
    );
  }
  if (lookup.isPending) {
    return (
      <AuthCard title="Accept invitation">
        <ListSkeleton rows={3} label="Checking your invitation" />
      </AuthCard>
    );
  }
  if (lookup.isError) {
    return (
      <AuthCard title="Accept invitation">
        <ErrorAlert error={lookup.error} title="This invitation cannot be used" />
        <Text size="sm" mt="md">
          Invitations expire and can be used once. Ask your administrator to send a new one.
        </Text>
        <RouterButton to="/sign-in" variant="light" mt="md">
          Go to sign-in
        </RouterButton>
      </AuthCard>
    );
  }

  const invitation = lookup.data;
  const organization = invitation.organization.name;
  const { hasAccount } = invitation;
  const roleLabel = ROLE_LABELS[invitation.role as MembershipRole] ?? invitation.role;
  const onSubmit = form.onSubmit(({ confirmPassword: _, name, password }) =>
    accept.mutate(
      { token, password, ...(name.trim() ? { name: name.trim() } : {}) },
      {
        onSuccess: async (me: Me | undefined) => {
          if (me?.csrfToken) setCsrfToken(me.csrfToken);
          queryClient.clear();
          const signedIn = await queryClient.fetchQuery(meQuery);
          void navigate(signedIn ? { to: "/" } : { to: "/sign-in" });
        },
        onError: (error) => applyApiIssues(form, error),
      },
    ),
  );

  return (
    <AuthCard
      title="Accept invitation"
      subtitle={
        <>
          You are invited to join {organization ? <strong>{organization}</strong> : "an organization"} as{" "}
          <strong>{roleLabel}</strong> with the email <strong>{invitation.email}</strong>.
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {accept.isError && <ErrorAlert error={accept.error} title="Could not accept the invitation" />}
          {hasAccount ? (
            <>
              <Text size="sm">
                You already have a Yardstick account with this email. Confirm with its password to join this
                organization too.
              </Text>
              <PasswordInput
                label="Your current password"
                required
                autoComplete="current-password"
                key={form.key("password")}
                {...form.getInputProps("password")}
              />
            </>
          ) : (
            <>
              <TextInput
                label="Your name"
                placeholder={invitation.name}
                description="Leave empty to keep the name your administrator entered"
                autoComplete="name"
                key={form.key("name")}
                {...form.getInputProps("name")}
              />
              <PasswordInput
                label="Choose a password"
                description={`At least ${MIN_PASSWORD_LENGTH} characters`}
                required
                autoComplete="new-password"
                key={form.key("password")}
                {...form.getInputProps("password")}
              />
              <PasswordInput
                label="Confirm password"
                required
                autoComplete="new-password"
                key={form.key("confirmPassword")}
                {...form.getInputProps("confirmPassword")}
              />
            </>
          )}
          <Button type="submit" loading={accept.isPending} fullWidth>
            Join and sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
