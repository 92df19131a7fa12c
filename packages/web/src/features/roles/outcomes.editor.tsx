import { ActionIcon, Button, Group, List, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import type { RoleDetail } from "./role.types.js";
import { useUpdateRole } from "./roles.queries.js";

/** What a person in this role is expected to achieve, as a plain editable list. */
export function OutcomesEditor({ role, canEdit }: { role: RoleDetail; canEdit: boolean }) {
  const update = useUpdateRole();
  const [rows, setRows] = useState<string[] | null>(null);
  const [touched, setTouched] = useState(false);

  const save = () => {
    setTouched(true);
    if (!rows || rows.some((r) => !r.trim())) return;
    update.mutate(
      { id: role.id, expectedOutcomes: rows.map((r) => r.trim()) },
      {
        onSuccess: () => {
          notifySuccess("Saved the expected outcomes.");
          setRows(null);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="outcomes-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="outcomes-heading">
          Expected outcomes
        </Title>
        {canEdit && !rows && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => {
              update.reset();
              setTouched(false);
              setRows([...role.expectedOutcomes]);
            }}
          >
            Edit expected outcomes
          </Button>
        )}
      </Group>
      {!rows &&
        (role.expectedOutcomes.length === 0 ? (
          <Text c="dimmed" size="sm">
            No expected outcomes yet. Describe the results this role should deliver, e.g. “New customers onboarded
            within 30 days”.
          </Text>
        ) : (
          <List spacing="xs">
            {role.expectedOutcomes.map((outcome) => (
              <List.Item key={outcome}>
                <Text size="sm">{outcome}</Text>
              </List.Item>
            ))}
          </List>
        ))}
      {rows && (
        <Stack>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: outcomes are plain strings without identity
            <Group key={index} align="flex-start" wrap="nowrap">
              <Textarea
                label={`Outcome ${index + 1}`}
                autosize
                minRows={1}
                style={{ flex: 1 }}
                value={row}
                error={touched && !row.trim() ? "Describe the outcome or remove this row" : undefined}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setRows((prev) => (prev ?? []).map((r, i) => (i === index ? value : r)));
                }}
              />
              <ActionIcon
                mt={28}
                variant="subtle"
                color="red"
                aria-label={`Remove outcome ${index + 1}`}
                onClick={() => setRows((prev) => (prev ?? []).filter((_, i) => i !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setRows((prev) => [...(prev ?? []), ""])}
            >
              Add outcome
            </Button>
          </Group>
          {update.isError && <ErrorAlert error={update.error} title="Could not save the expected outcomes" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRows(null)}>
              Cancel
            </Button>
            <Button onClick={save} loading={update.isPending}>
              Save expected outcomes
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
