import { Alert, Button, Paper, Select, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconDeviceFloppy, IconLock, IconUsersGroup } from "@tabler/icons-react";
import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type KeyboardEvent, useEffect, useState } from "react";
import { errorMessage } from "../../api/api-error.js";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { subPeriodAt, todayIso } from "../cycles/cycle-dates.js";
import type { MeasurementList } from "../scorecards/measurement.types.js";
import { parseValue } from "../scorecards/parse-value.js";
import { formatScore, scoreTone } from "../scorecards/score-format.js";
import { measurementsQuery, postMeasurement, scorecardScoreQuery } from "../scorecards/scorecards.queries.js";
import { ScoreCell } from "../team/score.cell.js";
import { teamOverviewQuery } from "../team/team.queries.js";
import { TeamScopeControls, useTeamScope } from "../team/team-scope.js";
import { EntryCell } from "./entry-cell.js";
import { type CellPosition, moveForKey, nextCell } from "./grid-navigation.js";

const route = getRouteApi("/app/team/entry");

/** A cell without an input: a dash to the eye, the reason for screen readers and on hover. */
function CellNote({ text, shown }: { text: string; shown: string }) {
  return (
    <>
      <Text size="sm" c="dimmed" title={text} aria-hidden>
        {shown}
      </Text>
      <VisuallyHidden>{text}</VisuallyHidden>
    </>
  );
}

const cellKey = (scorecardId: string, kpi: string) => `${scorecardId}:${kpi}`;
const cellId = (pos: CellPosition) => `entry-cell-${pos.row}-${pos.col}`;

/** A manager's grid: team × KPIs for one sub-period, typed like a spreadsheet, saved per cell or all at once. */
export function DataEntryPage() {
  const search = route.useSearch();
  const setSearch = route.useNavigate();
  const queryClient = useQueryClient();
  const scope = useTeamScope(search.cycleId, search.managerId);
  const cycle = scope.cycle;
  const overview = useQuery({
    ...teamOverviewQuery(cycle?.id ?? "", scope.managerId),
    enabled: Boolean(cycle) && !(scope.canPickManager && !scope.managerId),
  });
  const members = (overview.data?.items ?? []).filter((m) => m.scorecardId && m.scorecardStatus === "active");
  const lists = useQueries({
    queries: members.map((m) => measurementsQuery(m.scorecardId ?? "")),
  });
  const period =
    cycle?.subPeriods.find((p) => p.key === search.period) ??
    (cycle ? subPeriodAt(cycle.subPeriods, todayIso()) : undefined);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [freshOverall, setFreshOverall] = useState<Record<string, number | null>>({});

  // A different period or cycle is a different grid: forget unsaved input and messages.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the grid's subject changes
  useEffect(() => {
    setDrafts({});
    setErrors({});
    setFreshOverall({});
  }, [period?.key, cycle?.id, scope.managerId]);

  const kpis = overview.data?.kpis ?? [];
  const closed = cycle?.status !== "open";
  const listOf = (row: number): MeasurementList | undefined => lists[row]?.data;
  const savedText = (row: number, kpi: string) => {
    const slot = listOf(row)?.items.find((i) => i.kpi === kpi && i.period === period?.key && !i.date);
    return slot ? String(slot.current.value) : "";
  };
  const editable = ({ row, col }: CellPosition) => {
    const list = listOf(row);
    const kpi = kpis[col]?.kpi;
    if (closed || !list || !kpi || !period) return false;
    return list.kpis.some((k) => k.kpi === kpi && k.canReport) && list.periods.some((p) => p.key === period.key);
  };
  const cellText = (row: number, kpi: string) => {
    const id = members[row]?.scorecardId ?? "";
    return drafts[cellKey(id, kpi)] ?? savedText(row, kpi);
  };
  const dirtyCells = members.flatMap((m, row) =>
    kpis
      .map((k, col) => ({ row, col, kpi: k.kpi, scorecardId: m.scorecardId ?? "" }))
      .filter((c) => editable(c) && cellText(c.row, c.kpi) !== savedText(c.row, c.kpi)),
  );

  const setDraft = (key: string, value: string) => {
    setDrafts((d) => ({ ...d, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  /** Saves one cell; returns whether it worked, leaving the reason next to the cell otherwise. */
  const saveCell = async (row: number, kpi: string): Promise<boolean> => {
    const scorecardId = members[row]?.scorecardId;
    if (!scorecardId || !period) return false;
    const key = cellKey(scorecardId, kpi);
    // The server checks rating scales and reporting rights; the grid catches what is not a number.
    const parsed = parseValue(cellText(row, kpi));
    if (!parsed.ok) {
      setErrors((e) => ({ ...e, [key]: parsed.error }));
      return false;
    }
    setSaving((s) => new Set(s).add(key));
    try {
      const result = await postMeasurement(scorecardId, { kpi, period: period.key, value: parsed.value });
      queryClient.setQueryData(scorecardScoreQuery(scorecardId).queryKey, result.score);
      setFreshOverall((f) => ({ ...f, [scorecardId]: result.score.overall }));
      await queryClient.invalidateQueries({ queryKey: measurementsQuery(scorecardId).queryKey });
      setDrafts(({ [key]: _saved, ...rest }) => rest);
      return true;
    } catch (error) {
      setErrors((e) => ({ ...e, [key]: errorMessage(error) }));
      return false;
    } finally {
      setSaving((s) => {
        const next = new Set(s);
        next.delete(key);
        return next;
      });
    }
  };

  const saveAll = async () => {
    let saved = 0;
    let failed = 0;
    for (const cell of dirtyCells) {
      if (await saveCell(cell.row, cell.kpi)) saved += 1;
      else failed += 1;
    }
    await queryClient.invalidateQueries({ queryKey: ["team"] });
    if (failed === 0) notifySuccess(`Saved ${saved} ${saved === 1 ? "value" : "values"}.`);
    else
      notifyError(
        new Error(
          `Saved ${saved}; ${failed} ${failed === 1 ? "value needs" : "values need"} attention (see the cells marked in red).`,
        ),
        "Some values were not saved",
      );
  };

  const focus = (pos: CellPosition) => {
    const input = document.getElementById(cellId(pos)) as HTMLInputElement | null;
    input?.focus();
    input?.select();
  };
  const onKeyDown = (pos: CellPosition, kpi: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    const size = { rows: members.length, cols: kpis.length };
    const input = event.currentTarget;
    if (event.key === "Enter") {
      event.preventDefault();
      const scorecardId = members[pos.row]?.scorecardId ?? "";
      const changed = cellText(pos.row, kpi) !== savedText(pos.row, kpi);
      const go = () => focus(nextCell(pos, event.shiftKey ? "up" : "down", size, editable));
      if (!changed) return go();
      void saveCell(pos.row, kpi).then((ok) => {
        if (ok) {
          void queryClient.invalidateQueries({ queryKey: ["team"] });
          go();
        } else if (scorecardId) focus(pos);
      });
      return;
    }
    if (event.key === "Escape") {
      const scorecardId = members[pos.row]?.scorecardId ?? "";
      setDrafts(({ [cellKey(scorecardId, kpi)]: _reverted, ...rest }) => rest);
      setErrors(({ [cellKey(scorecardId, kpi)]: _cleared, ...rest }) => rest);
      return;
    }
    const move = moveForKey(event.key, {
      start: input.selectionStart,
      end: input.selectionEnd,
      length: input.value.length,
    });
    if (!move) return;
    const target = nextCell(pos, move, size, editable);
    if (target.row === pos.row && target.col === pos.col) return;
    event.preventDefault();
    focus(target);
  };

  const header = (
    <PageHeader
      title="Enter values"
      description="Your team × KPIs for one sub-period. Type a number, press Enter to save and go down; arrow keys move between cells; Escape undoes a cell."
      above={
        <RouterAnchor to="/team" search={{ cycleId: cycle?.id, managerId: search.managerId }} size="sm">
          ← Team overview
        </RouterAnchor>
      }
      actions={
        <Button
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          disabled={dirtyCells.length === 0 || saving.size > 0}
          loading={saving.size > 0}
          onClick={() => void saveAll()}
        >
          Save all{dirtyCells.length > 0 ? ` (${dirtyCells.length})` : ""}
        </Button>
      }
    />
  );

  if (scope.isPending)
    return (
      <>
        {header}
        <ListSkeleton label="Loading the team" />
      </>
    );
  if (scope.error) return <ErrorAlert error={scope.error} title="Could not load the team" />;
  if (!cycle)
    return (
      <>
        {header}
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title="No review cycle has started"
          description="Values are entered into the scorecards of an open review cycle."
        />
      </>
    );

  return (
    <>
      {header}
      <TeamScopeControls
        scope={scope}
        onCycle={(cycleId) => void setSearch({ search: (prev) => ({ ...prev, cycleId, period: undefined }) })}
        onManager={(managerId) => void setSearch({ search: (prev) => ({ ...prev, managerId }) })}
      >
        <Select
          label="Sub-period"
          allowDeselect={false}
          data={cycle.subPeriods.map((p) => ({ value: p.key, label: `${p.label} (${p.start} to ${p.end})` }))}
          value={period?.key ?? null}
          onChange={(v) => v && void setSearch({ search: (prev) => ({ ...prev, period: v }) })}
          w={340}
        />
      </TeamScopeControls>
      {closed && (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} mb="md" title="Cycle closed">
          {cycle.name} is closed: its values can no longer change.
        </Alert>
      )}
      {overview.isPending && overview.fetchStatus !== "idle" && <ListSkeleton label="Loading the grid" />}
      {overview.isError && (
        <ErrorAlert error={overview.error} title="Could not load the team" onRetry={() => overview.refetch()} />
      )}
      {scope.canPickManager && !scope.managerId && (
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title="Choose whose team to fill in"
          description="Pick a manager above."
        />
      )}
      {overview.data && members.length === 0 && (
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title="Nobody to enter values for"
          description="People reporting to this manager appear here once they have an active scorecard in this cycle."
        />
      )}
      {overview.data && members.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={320 + kpis.length * 130}>
            <Table verticalSpacing="xs" aria-label={`Values for ${period?.label ?? "the sub-period"}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" miw={150}>
                    Employee
                  </Table.Th>
                  <Table.Th scope="col" style={{ textAlign: "right" }}>
                    Overall
                  </Table.Th>
                  {kpis.map((k) => (
                    <Table.Th key={k.kpi} scope="col" style={{ textAlign: "right" }}>
                      {k.name}
                      {k.unit && (
                        <Text size="xs" c="dimmed" fw={400}>
                          {k.unit}
                        </Text>
                      )}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map((m, row) => {
                  const scorecardId = m.scorecardId ?? "";
                  const list = lists[row];
                  const overall = scorecardId in freshOverall ? (freshOverall[scorecardId] ?? null) : m.overall;
                  return (
                    <Table.Tr key={m.employeeId}>
                      <Table.Th scope="row" fw={500}>
                        <RouterAnchor to="/scorecards/$scorecardId" params={{ scorecardId }} size="sm" fw={500}>
                          {m.employeeName}
                        </RouterAnchor>
                        {list?.isError && (
                          <Text size="xs" c="red">
                            Could not load values
                          </Text>
                        )}
                      </Table.Th>
                      <ScoreCell score={overall} />
                      {kpis.map((k, col) => {
                        const pos = { row, col };
                        const onCard = list?.data?.kpis.some((x) => x.kpi === k.kpi);
                        if (!onCard || !editable(pos))
                          return (
                            <Table.Td key={k.kpi} style={{ textAlign: "right" }}>
                              <CellNote
                                text={
                                  !list?.data
                                    ? "loading"
                                    : !onCard
                                      ? "not on this person's scorecard"
                                      : closed
                                        ? savedText(row, k.kpi) || "no value"
                                        : list.data.periods.some((p) => p.key === period?.key)
                                          ? `reported by ${list.data.kpis.find((x) => x.kpi === k.kpi)?.reporter ?? "someone else"}`
                                          : "outside this person's scorecard dates"
                                }
                                shown={closed && onCard ? savedText(row, k.kpi) || "–" : "–"}
                              />
                            </Table.Td>
                          );
                        const key = cellKey(scorecardId, k.kpi);
                        return (
                          <EntryCell
                            key={k.kpi}
                            id={cellId(pos)}
                            label={`${k.name} for ${m.employeeName}`}
                            value={cellText(row, k.kpi)}
                            saved={savedText(row, k.kpi)}
                            error={errors[key]}
                            saving={saving.has(key)}
                            disabled={closed}
                            onChange={(value) => setDraft(key, value)}
                            onKeyDown={onKeyDown(pos, k.kpi)}
                          />
                        );
                      })}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {overview.data && members.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          Overall scores update as soon as a value is saved ({formatScore(1)} = every target met;{" "}
          {scoreTone(0.5).label.toLowerCase()} under 70%).
        </Text>
      )}
    </>
  );
}
