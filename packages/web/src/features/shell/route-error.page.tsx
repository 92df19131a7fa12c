import { Stack, Title } from "@mantine/core";
import type { ErrorComponentProps } from "@tanstack/react-router";
import { ErrorAlert } from "../../components/error-alert.js";

/** Shown when a page fails to load (its code chunk or its data), with a way to retry. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  return (
    <Stack maw={720} p="md">
      <Title order={1} size="h2">
        This page could not be loaded
      </Title>
      <ErrorAlert
        error={error}
        title="Loading failed"
        onRetry={() => {
          reset();
          window.location.reload();
        }}
      />
    </Stack>
  );
}
