import { Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { IconTarget } from "@tabler/icons-react";
import type { ScorecardItem, SnapshotKpi, TargetOverride } from "./scorecard.types.js";
import { targetSummary } from "./target-fields.js";

interface Props {
  overrides: TargetOverride[];
  items: ScorecardItem[];
  kpis: SnapshotKpi[];
  /** Shows "Set a personal target" for managers and HR while the scorecard can change. */
  onAdd?: () => void;
}

const when = (iso: string) => new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });

/** Per-person targets, newest first: what, why, who and when (the latest per KPI applies). */
export function OverridesSection({ overrides, items, kpis, onAdd }: Props) {
  const nameOf = (key: string) => items.find((i) => i.kpi === key)?.kpiName ?? key;
  const unitOf = (key: string) => kpis.find((k) => k.key === key)?.unit ?? null;
  const applied = new Set(items.map((i) => i.override?.id).filter(Boolean));
  const rows = [...overrides].reverse();
  return (
    <section aria-labelledby="overrides-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="overrides-heading">
          Personal targets
        </Title>
        {onAdd && (
          <Button size="xs" variant="light" leftSection={<IconTarget size={14} aria-hidden />} onClick={onAdd}>
            Set a personal target
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          Every KPI uses the framework's target.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" fz="sm" aria-labelledby="overrides-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">KPI</Table.Th>
                  <Table.Th scope="col">Target</Table.Th>
                  <Table.Th scope="col">Reason</Table.Th>
                  <Table.Th scope="col">Set by</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((o) => (
                  <Table.Tr key={o.id} c={applied.has(o.id) ? undefined : "dimmed"}>
                    <Table.Td>{nameOf(o.kpi)}</Table.Td>
                    <Table.Td>
                      {targetSummary(o.scoring, unitOf(o.kpi))}
                      {!applied.has(o.id) && (
                        <Text size="xs" c="dimmed">
                          replaced by a later target
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{o.reason}</Table.Td>
                    <Table.Td>{o.createdByName ?? "—"}</Table.Td>
                    <Table.Td>{when(o.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </section>
  );
}
