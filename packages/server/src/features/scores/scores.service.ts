import { rate } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { IN_LIST_BATCH, inBatches } from "../../db/in-batches.js";
import { badRequest, notFound } from "../../http/http-errors.js";
import { listReportingLineIds } from "../access/access.repository.js";
import { callerEmployeeId, canSeeEmployee, visibleEmployeeIds } from "../access/access.service.js";
import type { AuthContext } from "../auth/auth-context.js";
import { parseSubPeriods } from "../cycles/cycles.presenter.js";
import { findCycle } from "../cycles/cycles.repository.js";
import { scorecardItems } from "../scorecards/scorecard-items.js";
import { toAppliedOverride } from "../scorecards/scorecards.presenter.js";
import { assertVisibleScorecard, loadVisibleScorecard } from "../scorecards/scorecards.service.js";
import { readOrganizationSettings } from "../settings/settings.service.js";
import { ensureFreshScores, scoreOfScorecard } from "./scorecard-recompute.service.js";
import { scoreValues, valuesInTimeOrder } from "./scorecard-result.js";
import { parseResult } from "./scores.presenter.js";
import {
  listCurrentValues,
  listCycleScorecardsWithPeople,
  listEarlierScorecards,
  listEmployeesByIds,
  listOverridesFor,
  listScores,
} from "./scores.repository.js";
import type { RollupResponse, ScoreResponse, TeamOverview, TrendResponse } from "./scores.schemas.js";

type Caller = Pick<AuthContext, "userId" | "organizationId" | "role">;

async function scoresById(db: Executor, organizationId: string, ids: readonly string[]) {
  const out = new Map<string, Row<"scorecard_scores">>();
  for (const batch of inBatches(ids)) {
    for (const row of await listScores(db, organizationId, batch)) out.set(row.scorecard_id, row);
  }
  return out;
}

/** GET /scorecards/:id/score: the scorecard's score with its explanation, for those who may see it. */
export async function getScorecardScore(db: Executor, auth: Caller, id: string): Promise<ScoreResponse> {
  await assertVisibleScorecard(db, auth, id);
  return scoreOfScorecard(db, auth.organizationId, id);
}

/** Per KPI: this cycle's sub-periods scored one by one, and the same person's earlier cycles. */
export async function getScorecardTrend(db: Executor, auth: Caller, id: string): Promise<TrendResponse> {
  const { row, snapshot } = await loadVisibleScorecard(db, auth, id);
  const org = auth.organizationId;
  const cycle = await findCycle(db, org, row.cycle_id);
  if (!cycle) throw notFound("Review cycle");
  const periods = parseSubPeriods(cycle.sub_periods).filter((p) => p.end >= row.valid_from && p.start <= row.valid_to);
  const [values, overrideRows, current, earlier] = await Promise.all([
    listCurrentValues(db, org, [id]),
    listOverridesFor(db, org, [id]),
    scoreOfScorecard(db, org, id),
    listEarlierScorecards(db, org, row.employee_id, cycle.start_date),
  ]);
  await ensureFreshScores(
    db,
    org,
    earlier.map((e) => e.id),
  );
  const pastScores = await scoresById(
    db,
    org,
    earlier.map((e) => e.id),
  );
  const past = earlier.map((e) => {
    const stored = pastScores.get(e.id);
    return { card: e, result: stored ? parseResult(stored) : null };
  });
  const periodEnds = new Map(periods.map((p) => [p.key, p.end]));
  const items = scorecardItems(
    snapshot,
    overrideRows.map((o) => toAppliedOverride({ ...o, created_by_name: null })),
  );
  return {
    scorecardId: id,
    kpis: items.map((item) => {
      const key = item.assignment.kpi;
      const aggregation = item.kpi?.aggregation ?? "last";
      return {
        kpi: key,
        name: item.kpi?.name ?? key,
        unit: item.kpi?.unit ?? null,
        periods: periods.map((p) => {
          const inPeriod = values
            .filter((v) => v.kpi_key === key && v.period === p.key)
            .map((v) => ({ kpi: key, period: v.period, measuredOn: v.measured_on, value: Number(v.value) }));
          const scored = scoreValues(valuesInTimeOrder(inPeriod, periodEnds), aggregation, item.scoring);
          return {
            period: p.key,
            label: p.label,
            start: p.start,
            end: p.end,
            value: scored.value,
            score: scored.score,
            measurementCount: inPeriod.length,
          };
        }),
        pastCycles: past.flatMap(({ card, result }) => {
          const kpi = result?.kpis.find((k) => k.kpi === key);
          if (!kpi) return [];
          return [
            {
              cycleId: card.cycle_id,
              cycleName: card.cycle_name,
              startDate: card.start_date,
              scorecardId: card.id,
              value: kpi.value,
              score: kpi.score,
            },
          ];
        }),
      };
    }),
    overall: {
      current: current.overall,
      pastCycles: past.map(({ card, result }) => ({
        cycleId: card.cycle_id,
        cycleName: card.cycle_name,
        startDate: card.start_date,
        scorecardId: card.id,
        overall: result?.overall ?? null,
        rating: result?.rating ?? null,
      })),
    },
  };
}

/**
 * The cycle's non-superseded scorecards of these employees with their people data; a long list
 * is filtered in memory rather than sent as a huge IN list.
 */
async function cycleCardsOf(db: Executor, organizationId: string, cycleId: string, employeeIds: string[] | undefined) {
  if (employeeIds === undefined || employeeIds.length <= IN_LIST_BATCH) {
    return listCycleScorecardsWithPeople(db, organizationId, cycleId, employeeIds);
  }
  const wanted = new Set(employeeIds);
  const all = await listCycleScorecardsWithPeople(db, organizationId, cycleId, undefined);
  return all.filter((c) => wanted.has(c.employee_id));
}

/** GET /teams/overview: a manager's reports (direct and indirect) × KPIs, only rows the caller may see. */
export async function getTeamOverview(
  db: Executor,
  auth: Caller,
  query: { cycleId: string; managerEmployeeId?: string | undefined },
): Promise<TeamOverview> {
  const org = auth.organizationId;
  if (!(await findCycle(db, org, query.cycleId))) throw notFound("Review cycle");
  let managerId = query.managerEmployeeId ?? null;
  if (managerId === null) {
    managerId = await callerEmployeeId(db, auth);
    if (managerId === null) {
      throw badRequest("managerEmployeeId: you have no employee record of your own; name the manager to look at.", [
        { path: "managerEmployeeId", message: "is required when you have no employee record" },
      ]);
    }
  } else if (!(await canSeeEmployee(db, auth, managerId))) {
    throw notFound("Person");
  }
  const scope = await visibleEmployeeIds(db, auth);
  const line = await listReportingLineIds(db, org, managerId);
  const visible = scope.all ? line : line.filter((id) => scope.ids.includes(id));
  const people: Awaited<ReturnType<typeof listEmployeesByIds>> = [];
  for (const batch of inBatches(visible)) {
    people.push(...(await listEmployeesByIds(db, org, batch)));
  }
  people.sort((a, b) => a.name.localeCompare(b.name));
  const cards = await cycleCardsOf(db, org, query.cycleId, visible);
  const cardIds = cards.map((c) => c.id);
  await ensureFreshScores(db, org, cardIds);
  const scores = await scoresById(db, org, cardIds);
  const cardsByEmployee = new Map<string, typeof cards>();
  for (const card of cards)
    cardsByEmployee.set(card.employee_id, [...(cardsByEmployee.get(card.employee_id) ?? []), card]);

  const kpiColumns = new Map<string, { kpi: string; name: string; unit: string | null }>();
  const items: TeamOverview["items"] = [];
  for (const person of people) {
    const own = cardsByEmployee.get(person.id) ?? [];
    if (own.length === 0) {
      if (person.deactivated_at !== null) continue;
      items.push({
        employeeId: person.id,
        employeeName: person.name,
        managerId: person.manager_id,
        direct: person.manager_id === managerId,
        scorecardId: null,
        scorecardStatus: null,
        overall: null,
        rating: null,
        kpis: [],
        computedAt: null,
      });
      continue;
    }
    for (const card of own) {
      const stored = scores.get(card.id);
      const result = stored ? parseResult(stored) : null;
      for (const k of result?.kpis ?? []) {
        if (!kpiColumns.has(k.kpi)) kpiColumns.set(k.kpi, { kpi: k.kpi, name: k.name, unit: k.unit });
      }
      items.push({
        employeeId: person.id,
        employeeName: person.name,
        managerId: person.manager_id,
        direct: person.manager_id === managerId,
        scorecardId: card.id,
        scorecardStatus: card.status,
        overall: result?.overall ?? null,
        rating: result?.rating ?? null,
        kpis: (result?.kpis ?? []).map((k) => ({ kpi: k.kpi, value: k.value, score: k.score })),
        computedAt: stored?.computed_at ?? null,
      });
    }
  }
  return { cycleId: query.cycleId, managerEmployeeId: managerId, kpis: [...kpiColumns.values()], items };
}

/** GET /rollups: average overall score per team, org unit or the organization, over what the caller may see. */
export async function getRollups(
  db: Executor,
  auth: Caller,
  query: { cycleId: string; by: RollupResponse["by"] },
): Promise<RollupResponse> {
  const org = auth.organizationId;
  if (!(await findCycle(db, org, query.cycleId))) throw notFound("Review cycle");
  const scope = await visibleEmployeeIds(db, auth);
  const cards = await cycleCardsOf(db, org, query.cycleId, scope.all ? undefined : scope.ids);
  const ids = cards.map((c) => c.id);
  await ensureFreshScores(db, org, ids);
  const scores = await scoresById(db, org, ids);
  const { ratingScale } = await readOrganizationSettings(db, org);

  const groups = new Map<
    string,
    { key: string | null; name: string; scorecards: number; sum: number; scored: number }
  >();
  for (const card of cards) {
    const [key, name] =
      query.by === "organization"
        ? [null, "Organization"]
        : query.by === "team"
          ? [card.manager_id, card.manager_name ? `Team of ${card.manager_name}` : "No manager"]
          : [card.org_unit_id, card.org_unit_name ?? "No org unit"];
    const mapKey = key ?? "";
    const group = groups.get(mapKey) ?? { key, name, scorecards: 0, sum: 0, scored: 0 };
    group.scorecards += 1;
    const overall = scores.get(card.id)?.overall;
    if (overall !== null && overall !== undefined) {
      group.sum += Number(overall);
      group.scored += 1;
    }
    groups.set(mapKey, group);
  }
  if (query.by === "organization" && groups.size === 0) {
    groups.set("", { key: null, name: "Organization", scorecards: 0, sum: 0, scored: 0 });
  }
  return {
    cycleId: query.cycleId,
    by: query.by,
    groups: [...groups.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((g) => {
        const average = g.scored > 0 ? g.sum / g.scored : null;
        const rated = average === null ? null : rate(average, ratingScale);
        return {
          key: g.key,
          name: g.name,
          scorecards: g.scorecards,
          scored: g.scored,
          averageOverall: average,
          rating: rated ? { value: rated.rating, label: rated.label } : null,
        };
      }),
  };
}
