import { Badge, Paper, Table, Text, Title } from "@mantine/core";
import { Fragment } from "react";
import type { SubPeriod } from "../cycles/cycle.types.js";
import type { MeasurementSlot } from "./measurement.types.js";
import { formatValue } from "./score-format.js";
import type { ScorecardItem, SnapshotKpi } from "./scorecard.types.js";

interface Props {
  items: ScorecardItem[];
  kpis: SnapshotKpi[];
  periods: SubPeriod[];
  slots: MeasurementSlot[];
}

const when = (iso: string) => new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });

/** Every value of the scorecard, the replaced ones under the value that corrected them. */
export function ValueHistorySection({ items, kpis, periods, slots }: Props) {
  const order = new Map(items.map((item, i) => [item.kpi, i]));
  const periodOrder = new Map(periods.map((p, i) => [p.key, i]));
  const rows = [...slots].sort(
    (a, b) =>
      (order.get(a.kpi) ?? 99) - (order.get(b.kpi) ?? 99) ||
      (periodOrder.get(a.period) ?? 99) - (periodOrder.get(b.period) ?? 99) ||
      (a.date ?? "").localeCompare(b.date ?? ""),
  );
  const nameOf = (key: string) => items.find((i) => i.kpi === key)?.kpiName ?? key;
  const unitOf = (key: string) => kpis.find((k) => k.key === key)?.unit ?? null;
  const periodLabel = (m: MeasurementSlot) =>
    `${periods.find((p) => p.key === m.period)?.label ?? m.period}${m.date ? ` (${m.date})` : ""}`;

  return (
    <section aria-labelledby="value-history-heading">
      <Title order={2} size="h4" mb="sm" id="value-history-heading">
        Value history
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          No values yet. Values reported for this scorecard, and every correction, appear here.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" fz="sm" aria-labelledby="value-history-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">KPI</Table.Th>
                  <Table.Th scope="col">Sub-period</Table.Th>
                  <Table.Th scope="col">Value</Table.Th>
                  <Table.Th scope="col">By</Table.Th>
                  <Table.Th scope="col">Recorded</Table.Th>
                  <Table.Th scope="col">Source</Table.Th>
                  <Table.Th scope="col">Comment</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((m) => (
                  <Fragment key={m.current.id}>
                    <Table.Tr>
                      <Table.Td>{nameOf(m.kpi)}</Table.Td>
                      <Table.Td>{periodLabel(m)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600} span>
                          {formatValue(m.current.value, unitOf(m.kpi))}
                        </Text>{" "}
                        {m.history.length > 0 && (
                          <Badge size="xs" variant="light" color="blue">
                            Corrected
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{m.current.authorName ?? "—"}</Table.Td>
                      <Table.Td>{when(m.current.recordedAt)}</Table.Td>
                      <Table.Td>{m.current.source}</Table.Td>
                      <Table.Td>{m.current.comment ?? ""}</Table.Td>
                    </Table.Tr>
                    {m.history.map((old) => (
                      <Table.Tr key={old.id} c="dimmed">
                        <Table.Td />
                        <Table.Td>
                          <Text size="xs" c="dimmed">
                            earlier value
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" td="line-through" span>
                            {formatValue(old.value, unitOf(m.kpi))}
                          </Text>{" "}
                          <Badge size="xs" variant="outline" color="gray">
                            Replaced {when(old.supersededAt)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{old.authorName ?? "—"}</Table.Td>
                        <Table.Td>{when(old.recordedAt)}</Table.Td>
                        <Table.Td>{old.source}</Table.Td>
                        <Table.Td>{old.comment ?? ""}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </section>
  );
}
