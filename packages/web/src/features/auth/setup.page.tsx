import { Alert, Button, Divider, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { api } from "../../api/api-client.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { applyApiIssues } from "./apply-api-issues.js";
import { AuthCard } from "./auth-card.js";
import { useSetup } from "./session.queries.js";
import { MIN_PASSWORD_LENGTH } from "./session.types.js";

/** First run: creates the organization and its first admin, then signs them in. */
export function SetupPage() {
  const setup = useSetup();
  // The sample company: created on the server, which signs its admin in; the page shows the logins once.
  const demo = useMutation({
    mutationFn: () =>
      api.post<{ logins: { role: string; email: string; password: string }[] }>(
        "/setup/demo",
        {},
        { allowUnauthorized: true },
      ),
  });
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
          <Divider label="or" />
          {demo.isError && <ErrorAlert error={demo.error} title="The sample company could not be created" />}
          {demo.data ? (
            <Alert title="Sample company created" color="green">
              <Text size="sm">Write these down; the password is shown only now.</Text>
              {demo.data.logins.map((l) => (
                <Text size="sm" ff="monospace" key={l.email}>
                  {l.role}: {l.email} / {l.password}
                </Text>
              ))}
              <Button mt="sm" onClick={() => window.location.assign("/strategy")}>
                Open Yardstick as the demo admin
              </Button>
            </Alert>
          ) : (
            <Button variant="light" loading={demo.isPending} fullWidth onClick={() => demo.mutate()}>
              Explore a sample company instead
            </Button>
          )}
        </Stack>
      </form>
    </AuthCard>
  );
}
