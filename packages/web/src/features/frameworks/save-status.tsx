import { Button, Group, Loader, Text, Tooltip } from "@mantine/core";
import { IconAlertTriangle, IconCheck } from "@tabler/icons-react";
import { errorMessage } from "../../api/api-error.js";
import type { SaveStatus } from "./use-autosave.js";

/** "Saved" / "Saving…" / why not saved, announced politely; a failed save offers a retry. */
export function SaveStatusIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  let content: React.ReactNode;
  switch (status.state) {
    case "saved":
      content = (
        <>
          <IconCheck size={16} color="var(--mantine-color-green-7)" aria-hidden />
          <Text size="sm" c="var(--mantine-color-green-light-color)">
            Saved
          </Text>
        </>
      );
      break;
    case "pending":
    case "saving":
      content = (
        <>
          <Loader size={14} aria-hidden />
          <Text size="sm" c="dimmed">
            Saving…
          </Text>
        </>
      );
      break;
    case "blocked":
      content = (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
          <Text size="sm" c="var(--mantine-color-orange-light-color)">
            Not saved yet: {status.reason}
          </Text>
        </>
      );
      break;
    case "error":
      content = (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
          <Tooltip label={errorMessage(status.error)} multiline w={320}>
            <Text size="sm" c="var(--mantine-color-red-light-color)">
              Not saved: {errorMessage(status.error)}
            </Text>
          </Tooltip>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
            Retry save
          </Button>
        </>
      );
      break;
  }
  return (
    <Group gap={6} role="status" aria-live="polite" wrap="nowrap" maw={420} style={{ overflow: "hidden" }}>
      {content}
    </Group>
  );
}
