import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "@tanstack/react-router";
import { ErrorAlert } from "../../components/error-alert.js";
import { applyApiIssues } from "./apply-api-issues.js";
import { AuthCard } from "./auth-card.js";
import { useSetup } from "./session.queries.js";
import { MIN_PASSWORD_LENGTH } from "./session.types.js";

/** First run: creates the organization and its first admin, then signs them in. */
export function SetupPage() {
  const setup = useSetup();
  const navigate = useNavigate();
  const form = useForm({
    mode: "uncontrolled",
    validateInputOnBlur: true,
    initialValues: { organization: "", name: "", email: "", password: "", confirmPassword: "" },
    validate: {
      organization: (v) => (v.trim() ? null : "Enter the name of your organization"),
      name: (v) => (v.trim() ? null : "Enter your name"),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter an email address like name@example.com"),
      password: (v) =>
        v.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters (${v.length} so far)`,
      confirmPassword: (v, values) => (v === values.password ? null : "The passwords do not match"),
    },
  });

  const onSubmit = form.onSubmit(({ confirmPassword: _, ...values }) =>
    setup.mutate(
      { ...values, organization: values.organization.trim(), name: values.name.trim(), email: values.email.trim() },
      {
        onSuccess: () => void navigate({ to: "/strategy" }),
        onError: (error) => applyApiIssues(form, error),
      },
    ),
  );

  return (
    <AuthCard
      title="Set up Yardstick"
      subtitle="Create your organization and the first administrator account. You can invite colleagues afterwards."
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {setup.isError && <ErrorAlert error={setup.error} title="Setup failed" />}
          <TextInput
            label="Organization name"
            required
            autoComplete="organization"
            key={form.key("organization")}
            {...form.getInputProps("organization")}
          />
          <TextInput
            label="Your name"
            required
            autoComplete="name"
            key={form.key("name")}
            {...form.getInputProps("name")}
          />
          <TextInput
            label="Email"
            type="email"
            required
            autoComplete="email"
            key={form.key("email")}
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label="Password"
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
          <Button type="submit" loading={setup.isPending} fullWidth>
            Create organization
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
