import { Button, Group, Paper, Select, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconSend } from "@tabler/icons-react";
import { ApiError } from "../../api/api-error.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import { type MembershipRole, ROLE_LABELS } from "../auth/session.types.js";
import type { CreatedInvitation } from "./invitation.types.js";
import { useCreateInvitation } from "./members.queries.js";

const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as MembershipRole[]).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));

/** Invites someone by email, name and access role; the caller shows the one-time link it gets back. */
export function InviteForm({ onCreated }: { onCreated: (invitation: CreatedInvitation) => void }) {
  const create = useCreateInvitation();
  const form = useForm({
    mode: "controlled",
    initialValues: { email: "", name: "", role: "employee" as MembershipRole },
    validate: {
      email: (v) =>
        /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : "Enter an email address like name@example.com",
      name: (v) => (v.trim() ? null : "Enter their name"),
    },
  });

  const onSubmit = form.onSubmit((values) =>
    create.mutate(
      { email: values.email.trim(), name: values.name.trim(), role: values.role },
      {
        onSuccess: (invitation) => {
          form.reset();
          onCreated(invitation);
        },
        onError: (error) => applyApiIssues(form, error),
      },
    ),
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="invite-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="invite-heading">
          Invite someone
        </Title>
        <form onSubmit={onSubmit} noValidate>
          <Group align="flex-start" wrap="wrap" gap="sm">
            <TextInput
              label="Email"
              type="email"
              required
              autoComplete="off"
              style={{ flex: "1 1 220px" }}
              {...form.getInputProps("email")}
            />
            <TextInput label="Name" required style={{ flex: "1 1 180px" }} {...form.getInputProps("name")} />
            <Select
              label="Access role"
              data={ROLE_OPTIONS}
              allowDeselect={false}
              w={160}
              {...form.getInputProps("role")}
            />
            <Button type="submit" mt={25} loading={create.isPending} leftSection={<IconSend size={16} aria-hidden />}>
              Create invitation
            </Button>
          </Group>
        </form>
        {create.isError && !(create.error instanceof ApiError && create.error.issues.length > 0) && (
          <ErrorAlert error={create.error} title="Could not create the invitation" />
        )}
      </Stack>
    </Paper>
  );
}
