import { type KpiCycleResult, kpiHealthReport } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";
import { notFound } from "../../http/http-errors.js";
import { findCycle } from "../cycles/cycles.repository.js";
import { parseSnapshot, type ScorecardSnapshot } from "../scorecards/scorecard-snapshot.js";
import { ensureFreshScores } from "../scores/scorecard-recompute.service.js";
import { parseResult } from "../scores/scores.presenter.js";
import { listCycleSnapshots } from "../scores/scores.repository.js";
import { presentKpiHealth } from "./kpi-health.presenter.js";
import {
  listCycleResults,
  listHealthScorecards,
  listObjectiveStates,
  listRoleTitles,
} from "./kpi-health.repository.js";
import type { KpiHealthResponse } from "./kpi-health.schemas.js";

export interface KpiAccumulator {
  key: string;
  name: string;
  unit: string | null;
  objectives: Set<string>;
  results: KpiCycleResult[];
}

export interface RoleAccumulator {
  roleId: string;
  key: string;
  title: string;
  scorecards: number;
  kpis: Map<string, KpiAccumulator>;
}

/**
 * The KPI health report of a cycle (core kpiHealthReport) over its scorecards' cached results
 * (freshened first) and the framework snapshots they were scored from: per role, every KPI any
 * of its scorecards carried, with each scorecard's value and score, and the union of the
 * objective links its assignments had. Links are judged against today's objectives. A role's
 * scorecards can come from several versions (people who joined later); the first version's KPI
 * order comes first.
 */
export async function getKpiHealth(db: Executor, organizationId: string, cycleId: string): Promise<KpiHealthResponse> {
  const cycle = await findCycle(db, organizationId, cycleId);
  if (!cycle) throw notFound("Review cycle");
  const cards = await listHealthScorecards(db, organizationId, cycleId);
  await ensureFreshScores(
    db,
    organizationId,
    cards.map((c) => c.id),
  );
  const [snapshotRows, resultRows, objectives] = await Promise.all([
    listCycleSnapshots(db, organizationId, cycleId),
    listCycleResults(db, organizationId, cycleId),
    listObjectiveStates(db, organizationId),
  ]);
  // One snapshot per framework version: the KPI list, names and links do not vary within one.
  const snapshots = new Map<string, ScorecardSnapshot>(
    snapshotRows.map((s) => [s.framework_version_id, parseSnapshot(s.snapshot)]),
  );
  const results = new Map(resultRows.map((r) => [r.scorecard_id, parseResult(r).kpis]));

  const roles = new Map<string, RoleAccumulator>();
  for (const card of cards) {
    const snapshot = snapshots.get(card.framework_version_id);
    if (!snapshot) continue;
    let role = roles.get(card.role_id);
    if (!role) {
      role = {
        roleId: card.role_id,
        key: snapshot.role.key,
        title: snapshot.role.title,
        scorecards: 0,
        kpis: new Map(),
      };
      roles.set(card.role_id, role);
    }
    role.scorecards++;
    const stored = new Map((results.get(card.id) ?? []).map((k) => [k.kpi, k]));
    for (const assignment of snapshot.framework.assignments) {
      let kpi = role.kpis.get(assignment.kpi);
      if (!kpi) {
        const definition = snapshot.kpis.find((k) => k.key === assignment.kpi);
        kpi = {
          key: assignment.kpi,
          name: definition?.name ?? assignment.kpi,
          unit: definition?.unit ?? null,
          objectives: new Set(),
          results: [],
        };
        role.kpis.set(assignment.kpi, kpi);
      }
      for (const objective of assignment.objectives) kpi.objectives.add(objective);
      const result = stored.get(assignment.kpi);
      kpi.results.push({ value: result?.value ?? null, score: result?.score ?? null });
    }
  }

  const current = new Map((await listRoleTitles(db, organizationId, [...roles.keys()])).map((r) => [r.id, r]));
  const ordered = [...roles.values()]
    .map((r) => ({ ...r, key: current.get(r.roleId)?.key ?? r.key, title: current.get(r.roleId)?.title ?? r.title }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.key.localeCompare(b.key));
  const report = kpiHealthReport({
    objectives: objectives.map((o) => ({ key: o.key, archived: o.archived_at !== null })),
    roles: ordered.map((r) => ({
      key: r.key,
      title: r.title,
      kpis: [...r.kpis.values()].map((k) => ({
        key: k.key,
        name: k.name,
        objectives: [...k.objectives],
        results: k.results,
      })),
    })),
  });
  return presentKpiHealth(cycle, ordered, report);
}
