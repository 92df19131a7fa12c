import { ActionIcon, Button, Group, List, Paper, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError } from "../../api/api-error.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { keyFromTitle, keyProblem } from "../../components/key-from-title.js";
import { notifySuccess } from "../../components/notify.js";
import type { Responsibility, RoleDetail } from "./role.types.js";
import { useUpdateRole } from "./roles.queries.js";

interface Row extends Responsibility {
  /** Rows added in this edit get a key from their text until the key is edited. */
  isNew: boolean;
  keyEdited: boolean;
}

/** A role's responsibilities (each with a stable key that framework assignments refer to). */
export function ResponsibilitiesEditor({ role, canEdit }: { role: RoleDetail; canEdit: boolean }) {
  const update = useUpdateRole();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [touched, setTouched] = useState(false);

  const start = () => {
    update.reset();
    setTouched(false);
    setRows(role.responsibilities.map((r) => ({ ...r, isNew: false, keyEdited: true })));
  };
  const change = (index: number, patch: Partial<Row>) =>
    setRows((prev) => (prev ?? []).map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const problems = (rows ?? []).map((row, index, all) => ({
    text: row.text.trim() ? undefined : "Describe the responsibility",
    key:
      keyProblem(row.key) ??
      (all.findIndex((r) => r.key === row.key) !== index ? "Another responsibility already uses this key" : undefined),
  }));
  const apiIssue = (index: number, field: "key" | "text") =>
    update.error instanceof ApiError ? update.error.issueFor(`responsibilities.${index}.${field}`) : undefined;

  const save = () => {
    setTouched(true);
    if (!rows || problems.some((p) => p.text || p.key)) return;
    update.mutate(
      { id: role.id, responsibilities: rows.map(({ key, text }) => ({ key, text: text.trim() })) },
      {
        onSuccess: () => {
          notifySuccess("Saved the responsibilities.");
          setRows(null);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="responsibilities-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="responsibilities-heading">
          Responsibilities
        </Title>
        {canEdit && !rows && (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={start}>
            Edit responsibilities
          </Button>
        )}
      </Group>
      {!rows &&
        (role.responsibilities.length === 0 ? (
          <Text c="dimmed" size="sm">
            No responsibilities yet. List what this role is accountable for; each KPI of the framework should measure
            one.
          </Text>
        ) : (
          <List spacing="xs">
            {role.responsibilities.map((r) => (
              <List.Item key={r.key}>
                <Text size="sm">{r.text}</Text>
                <Text size="xs" c="dimmed">
                  {r.key}
                </Text>
              </List.Item>
            ))}
          </List>
        ))}
      {rows && (
        <Stack>
          {rows.map((row, index) => (
            <Group
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity while their key is being typed
              key={index}
              align="flex-start"
              wrap="nowrap"
            >
              <Textarea
                label={`Responsibility ${index + 1}`}
                autosize
                minRows={1}
                style={{ flex: 3 }}
                value={row.text}
                error={(touched && problems[index]?.text) || apiIssue(index, "text")}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  change(index, row.keyEdited ? { text } : { text, key: keyFromTitle(text).slice(0, 40) });
                }}
              />
              <TextInput
                label={`Key of responsibility ${index + 1}`}
                w={260}
                value={row.key}
                disabled={!row.isNew}
                error={(touched && problems[index]?.key) || apiIssue(index, "key")}
                onChange={(event) => change(index, { key: event.currentTarget.value, keyEdited: true })}
              />
              <ActionIcon
                mt={28}
                variant="subtle"
                color="red"
                aria-label={`Remove responsibility ${index + 1}`}
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
              onClick={() => setRows((prev) => [...(prev ?? []), { key: "", text: "", isNew: true, keyEdited: false }])}
            >
              Add responsibility
            </Button>
          </Group>
          {update.isError && <ErrorAlert error={update.error} title="Could not save the responsibilities" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRows(null)}>
              Cancel
            </Button>
            <Button onClick={save} loading={update.isPending}>
              Save responsibilities
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
