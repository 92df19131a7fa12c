import { type Aggregation, aggregate, type KpiHistory } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";
import { notFound } from "../../http/http-errors.js";
import { parseSubPeriods } from "../cycles/cycles.presenter.js";
import { findRole } from "../frameworks/frameworks.repository.js";
import { parseSnapshot, type ScorecardSnapshot } from "../scorecards/scorecard-snapshot.js";
import { loadSnapshots } from "../scorecards/scorecard-snapshot.store.js";
import { unpackValues } from "../scores/scorecard-recompute.service.js";
import { type ScoredMeasurement, valuesInTimeOrder } from "../scores/scorecard-result.js";
import { listRoleHistoryCards, listRoleHistoryCycles, listRoleHistoryPackedValues } from "./history.repository.js";
import type { HistoryValuesResponse } from "./history.schemas.js";

/**
 * A KPI needs at least this many historical values before its history is used. With fewer, one
 * unusual quarter or person decides the estimate: the share reaching a target moves in steps of
 * 25% or more, so "too easy" or "unrealistic" would be noise. Fewer values also point more
 * directly at individuals' results.
 */
export const MIN_HISTORY_VALUES = 5;

export interface KpiHistoryEntry {
  /** One aggregated value per scorecard (person × closed cycle), ascending. */
  values: number[];
  cycles: number;
  people: number;
}

/**
 * The history of a role: per KPI, each person's aggregated value in every closed cycle (one per
 * scorecard, the cycle's measurements aggregated by the KPI's aggregation in the scorecard's
 * snapshot, in time order so `last` means the latest). Scorecards without a value of a KPI add
 * nothing to it (no data is not a zero). KPIs with fewer than {@link MIN_HISTORY_VALUES} values
 * are left out. Set-based: three queries and one per batch of new snapshots, however many cycles and people.
 */
export async function roleKpiHistory(
  db: Executor,
  organizationId: string,
  roleId: string,
): Promise<Record<string, KpiHistoryEntry>> {
  const [cards, cycles, packedRows] = await Promise.all([
    listRoleHistoryCards(db, organizationId, roleId),
    listRoleHistoryCycles(db, organizationId, roleId),
    listRoleHistoryPackedValues(db, organizationId, roleId),
  ]);
  if (cards.length === 0) return {};
  const snapshots = await loadSnapshots(
    db,
    organizationId,
    cards.flatMap((c) => (c.snapshot_id ? [c.snapshot_id] : [])),
  );
  const packed = new Map(packedRows.map((r) => [r.scorecard_id, r.packed]));
  const periodEnds = new Map(
    cycles.map((c) => [c.id, new Map(parseSubPeriods(c.sub_periods).map((p) => [p.key, p.end]))]),
  );
  const aggregationsOf = (snapshot: ScorecardSnapshot) =>
    new Map(snapshot.kpis.map((k) => [k.key, k.aggregation ?? "last"] as const));
  const aggregations = new Map([...snapshots].map(([id, snapshot]) => [id, aggregationsOf(snapshot)]));

  const collected = new Map<string, { values: number[]; cycles: Set<string>; people: Set<string> }>();
  for (const card of cards) {
    const measurements = unpackValues(packed.get(card.id) ?? null);
    if (measurements.length === 0) continue;
    const byKpiAggregation: ReadonlyMap<string, Aggregation> | undefined = card.snapshot_id
      ? aggregations.get(card.snapshot_id)
      : card.snapshot
        ? aggregationsOf(parseSnapshot(card.snapshot))
        : undefined;
    const byKpi = new Map<string, ScoredMeasurement[]>();
    for (const m of measurements) {
      const list = byKpi.get(m.kpi);
      if (list) list.push(m);
      else byKpi.set(m.kpi, [m]);
    }
    for (const [kpi, list] of byKpi) {
      // The scoring engine's own default when a KPI defines no aggregation.
      const aggregation = byKpiAggregation?.get(kpi) ?? "last";
      const values = valuesInTimeOrder(list, periodEnds.get(card.cycle_id) ?? new Map());
      const value = aggregate(values, aggregation, { explain: false }).value;
      if (value === null || !Number.isFinite(value)) continue;
      let entry = collected.get(kpi);
      if (!entry) {
        entry = { values: [], cycles: new Set(), people: new Set() };
        collected.set(kpi, entry);
      }
      entry.values.push(value);
      entry.cycles.add(card.cycle_id);
      entry.people.add(card.employee_id);
    }
  }
  const out: Record<string, KpiHistoryEntry> = {};
  for (const [kpi, entry] of [...collected].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (entry.values.length < MIN_HISTORY_VALUES) continue;
    // Ascending: the order says nothing about who or when.
    out[kpi] = { values: entry.values.sort((a, b) => a - b), cycles: entry.cycles.size, people: entry.people.size };
  }
  return out;
}

/** The role's history as the lint's realism rule takes it (KPI key → values). */
export async function roleHistoryForLint(db: Executor, organizationId: string, roleId: string): Promise<KpiHistory> {
  const history = await roleKpiHistory(db, organizationId, roleId);
  return Object.fromEntries(Object.entries(history).map(([kpi, entry]) => [kpi, entry.values]));
}

/** GET /roles/:roleId/framework/history-values: 404 for a role outside the organization. */
export async function getHistoryValues(
  db: Executor,
  organizationId: string,
  roleId: string,
): Promise<HistoryValuesResponse> {
  const role = await findRole(db, organizationId, roleId);
  if (!role) throw notFound("Role");
  return { kpis: await roleKpiHistory(db, organizationId, roleId) };
}
