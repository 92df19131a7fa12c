import { Button, Group, Modal, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { ErrorAlert } from "./error-alert.js";

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for deletes; orange for reversible actions such as archiving. */
  color?: "red" | "orange" | "blue";
  loading?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before anything destructive; the confirm button names the action. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  color = "red",
  loading,
  error,
  onConfirm,
  onClose,
}: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Text size="sm" component="div">
        {children}
      </Text>
      {error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={error} title="That did not work" />
        </div>
      ) : null}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} disabled={loading}>
          Cancel
        </Button>
        <Button color={color} onClick={onConfirm} loading={loading} data-autofocus>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
