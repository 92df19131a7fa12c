import { Button, Group, List, Modal, Stack, Text, Title } from "@mantine/core";

interface Props {
  /** What is explained, e.g. a KPI name or "Overall score"; null closes the modal. */
  title: string | null;
  /** The server's explanation lines, in order. */
  lines: string[];
  /** The overall roll-up explanation, shown under a KPI's own lines. */
  overall?: string[];
  onClose: () => void;
}

/** How a score was computed, step by step, in the engine's own words. */
export function ExplanationModal({ title, lines, overall, onClose }: Props) {
  return (
    <Modal
      closeButtonProps={{ "aria-label": "Close" }}
      opened={title !== null}
      onClose={onClose}
      title={`How is this calculated? ${title ?? ""}`}
      size="lg"
    >
      <Stack gap="md">
        {lines.length === 0 ? (
          <Text size="sm">No explanation is available yet.</Text>
        ) : (
          <List type="ordered" spacing={6} size="sm">
            {lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: explanation steps are ordered text without ids
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
        )}
        {overall && overall.length > 0 && (
          <div>
            <Title order={3} size="h5" mb={6}>
              How the overall score is put together
            </Title>
            <List type="ordered" spacing={6} size="sm">
              {overall.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: explanation steps are ordered text without ids
                <List.Item key={i}>{line}</List.Item>
              ))}
            </List>
          </div>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
