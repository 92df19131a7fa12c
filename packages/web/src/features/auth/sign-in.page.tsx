import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconClockExclamation } from "@tabler/icons-react";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { safeRedirect } from "../../app/safe-redirect.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { AuthCard } from "./auth-card.js";
import { useSignIn } from "./session.queries.js";

const route = getRouteApi("/sign-in");

export function SignInPage() {
  const search = route.useSearch();
  const router = useRouter();
  const signIn = useSignIn();
  const form = useForm({
    mode: "uncontrolled",
    initialValues: { email: "", password: "" },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter your email address, like name@example.com"),
      password: (v) => (v.length > 0 ? null : "Enter your password"),
    },
  });

  const onSubmit = form.onSubmit((values) =>
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      { onSuccess: () => router.history.push(safeRedirect(search.redirect)) },
    ),
  );

  return (
    <AuthCard title="Sign in" subtitle="Design and run your organization's KPI frameworks.">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {search.expired && !signIn.isError && (
            <Alert
              color="yellow"
              icon={<IconClockExclamation aria-hidden />}
              title="Your session has expired"
              role="status"
            >
              Sign in again to continue where you left off.
            </Alert>
          )}
          {signIn.isError && <ErrorAlert error={signIn.error} title="Sign-in failed" />}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            key={form.key("email")}
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            key={form.key("password")}
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={signIn.isPending} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
