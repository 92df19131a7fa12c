import { Accordion, Badge, Group, Stack, Table, Text } from "@mantine/core";
import {
  ACTION_COLORS,
  ACTION_LABELS,
  type ChangeAction,
  groupChanges,
  type PlannedChange,
} from "./framework-file.types.js";

/** What the import would create, update or leave alone, per kind of record. */
export function ImportPreview({ changes }: { changes: PlannedChange[] }) {
  const groups = groupChanges(changes);
  if (groups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The file contains no records.
      </Text>
    );
  }
  // Open the groups that change something; unchanged-only groups stay folded.
  const open = groups.filter((g) => g.counts.create + g.counts.update > 0).map((g) => g.kind);
  return (
    <Accordion multiple defaultValue={open} variant="separated">
      {groups.map((group) => (
        <Accordion.Item key={group.kind} value={group.kind}>
          <Accordion.Control>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {group.label}
              </Text>
              {(Object.keys(group.counts) as ChangeAction[])
                .filter((action) => group.counts[action] > 0)
                .map((action) => (
                  <Badge key={action} size="sm" color={ACTION_COLORS[action]} variant="light">
                    {group.counts[action]} {ACTION_LABELS[action].toLowerCase()}
                  </Badge>
                ))}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Table.ScrollContainer minWidth={420}>
              <Table verticalSpacing={4} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Key</Table.Th>
                    <Table.Th scope="col">Change</Table.Th>
                    <Table.Th scope="col">Fields</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {group.items.map((change) => (
                    <Table.Tr key={`${change.kind}:${change.key}`}>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {change.key}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge size="sm" color={ACTION_COLORS[change.action]} variant="light">
                          {ACTION_LABELS[change.action]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{change.fields?.join(", ") || "—"}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

export function summarise(changes: PlannedChange[]): {
  create: number;
  update: number;
  unchanged: number;
  skipped: number;
} {
  const counts = { create: 0, update: 0, unchanged: 0, skipped: 0 };
  for (const c of changes) counts[c.action]++;
  return counts;
}

export function ChangeSummary({ changes }: { changes: PlannedChange[] }) {
  const counts = summarise(changes);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {(Object.keys(counts) as ChangeAction[]).map((action) => (
          <Badge
            key={action}
            color={ACTION_COLORS[action]}
            variant={counts[action] && action !== "unchanged" ? "filled" : "light"}
          >
            {counts[action]} {ACTION_LABELS[action].toLowerCase()}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
