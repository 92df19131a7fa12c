import { Alert, Button, Group, List, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { ApiError, errorMessage } from "../api/api-error.js";

interface Props {
  error: unknown;
  title?: string;
  /** Offers a "Try again" button, e.g. a query's refetch. */
  onRetry?: () => void;
}

/** An error in words a person can act on, with the per-field issues the API reported. */
export function ErrorAlert({ error, title = "Something went wrong", onRetry }: Props) {
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Text size="sm">{errorMessage(error)}</Text>
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((issue) => (
            <List.Item key={`${issue.path}:${issue.message}`}>
              <strong>{issue.path || "request"}</strong>: {issue.message}
            </List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}
