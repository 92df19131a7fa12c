import { Badge, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { FieldChange, VersionDiff } from "./framework.types.js";

const show = (value: unknown): string => {
  if (value === undefined || value === null) return "(none)";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "(none)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};

const FIELD_LABELS: Record<string, string> = {
  weight: "Weight",
  objectives: "Objectives",
  responsibility: "Responsibility",
  section: "Section",
  name: "Name",
};

function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  if (field.startsWith("scoring.")) return `Scoring ${field.slice("scoring.".length)}`;
  return field;
}

function ChangeRows({ changes, name }: { changes: FieldChange[]; name: (key: string) => string }) {
  return (
    <>
      {changes.map((c) => (
        <Table.Tr key={c.field}>
          <Table.Td>{fieldLabel(c.field)}</Table.Td>
          <Table.Td>
            <Text size="sm" c="var(--mantine-color-red-light-color)" td="line-through">
              {c.field === "objectives" && Array.isArray(c.from)
                ? (c.from as string[]).map(name).join(", ") || "(none)"
                : show(c.from)}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" c="var(--mantine-color-green-light-color)">
              {c.field === "objectives" && Array.isArray(c.to)
                ? (c.to as string[]).map(name).join(", ") || "(none)"
                : show(c.to)}
            </Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}

/** What changed between two versions, grouped: KPIs added, removed and changed, then sections and policy. */
export function VersionDiffView({
  diff,
  kpiName,
  objectiveName,
}: {
  diff: VersionDiff;
  kpiName: (key: string) => string;
  objectiveName: (key: string) => string;
}) {
  const nothing =
    !diff.missingData &&
    diff.kpis.added.length + diff.kpis.removed.length + diff.kpis.changed.length === 0 &&
    diff.sections.added.length + diff.sections.removed.length + diff.sections.changed.length === 0;
  if (nothing) {
    return (
      <Text size="sm" c="dimmed">
        Versions {diff.from} and {diff.to} have the same content.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {(diff.kpis.added.length > 0 || diff.kpis.removed.length > 0) && (
        <Group align="flex-start" gap="xl">
          {diff.kpis.added.length > 0 && (
            <Stack gap={4}>
              <Title order={3} size="h5">
                KPIs added
              </Title>
              <List size="sm">
                {diff.kpis.added.map((k) => (
                  <List.Item
                    key={k.kpi}
                    icon={
                      <Badge size="xs" color="green">
                        +
                      </Badge>
                    }
                  >
                    {kpiName(k.kpi)} ({k.weight}%)
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
          {diff.kpis.removed.length > 0 && (
            <Stack gap={4}>
              <Title order={3} size="h5">
                KPIs removed
              </Title>
              <List size="sm">
                {diff.kpis.removed.map((k) => (
                  <List.Item
                    key={k.kpi}
                    icon={
                      <Badge size="xs" color="red">
                        −
                      </Badge>
                    }
                  >
                    {kpiName(k.kpi)} (was {k.weight}%)
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Group>
      )}
      {diff.kpis.changed.map((k) => (
        <Paper key={k.kpi} withBorder p="sm" radius="sm">
          <Title order={3} size="h5" mb={4}>
            {kpiName(k.kpi)} changed
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Field</Table.Th>
                  <Table.Th scope="col">Version {diff.from}</Table.Th>
                  <Table.Th scope="col">Version {diff.to}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <ChangeRows changes={k.changes} name={objectiveName} />
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
      {(diff.sections.added.length > 0 ||
        diff.sections.removed.length > 0 ||
        diff.sections.changed.length > 0 ||
        diff.missingData) && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Sections and policy
          </Title>
          <List size="sm">
            {diff.sections.added.map((s) => (
              <List.Item key={`+${s.key}`}>
                Added section “{s.name}” ({s.weight}%)
              </List.Item>
            ))}
            {diff.sections.removed.map((s) => (
              <List.Item key={`-${s.key}`}>Removed section “{s.name}”</List.Item>
            ))}
            {diff.sections.changed.flatMap((s) =>
              s.changes.map((c) => (
                <List.Item key={`${s.key}:${c.field}`}>
                  Section {s.key}: {fieldLabel(c.field).toLowerCase()} {show(c.from)} → {show(c.to)}
                </List.Item>
              )),
            )}
            {diff.missingData && (
              <List.Item>
                Missing data: {diff.missingData.from} → {diff.missingData.to}
              </List.Item>
            )}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
