import { TOO_EASY_ABOVE, UNREALISTIC_BELOW } from "../realism/assess-target.js";
import type {
  KpiCycleResult,
  KpiHealthCounts,
  KpiHealthEntry,
  KpiHealthFinding,
  KpiHealthInput,
  KpiHealthKind,
  KpiHealthKpiInput,
  KpiHealthReport,
} from "./kpi-health.types.js";

/**
 * A score this close below 1.0 still counts as the target met: linear scores such as
 * (0.3 − 0.1) / 0.2 land a rounding error short of 1 for a value exactly on target.
 */
const REACHED_TOLERANCE = 1e-9;

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Whether a score means the target was met (1.0 = exactly on target). */
export function reachedTarget(score: number): boolean {
  return score >= 1 - REACHED_TOLERANCE;
}

function countResults(results: readonly KpiCycleResult[]): KpiHealthCounts {
  let withValue = 0;
  let scored = 0;
  let reached = 0;
  for (const r of results) {
    if (r.value !== null && Number.isFinite(r.value)) withValue++;
    if (r.score === null || !Number.isFinite(r.score)) continue;
    scored++;
    if (reachedTarget(r.score)) reached++;
  }
  return { scorecards: results.length, withValue, scored, reached };
}

function reachFindings(counts: KpiHealthCounts, share: number | null): KpiHealthFinding[] {
  if (counts.withValue === 0) {
    return [
      {
        kind: "no-data",
        message: `No values at all on ${counts.scorecards} scorecard${counts.scorecards === 1 ? "" : "s"}: not measurable as set up.`,
        recommendation:
          "Make it measurable in the next version (a data source and a reporter who records it), or replace it.",
      },
    ];
  }
  if (share === null) return [];
  const tally = `${counts.reached} of ${counts.scored}, ${pct(share)}`;
  if (share > TOO_EASY_ABOVE) {
    return [
      {
        kind: "too-easy",
        message:
          counts.reached === counts.scored
            ? `Everyone reached the target (${tally}).`
            : `Most reached the target (${tally}).`,
        recommendation:
          "Raise the target in the next version so it challenges again (see the history-based suggestion).",
      },
    ];
  }
  if (share < UNREALISTIC_BELOW) {
    return [
      {
        kind: "unrealistic",
        message: counts.reached === 0 ? `Nobody reached the target (${tally}).` : `Few reached the target (${tally}).`,
        recommendation:
          "Lower the target in the next version towards what people actually reach, or check how values are recorded.",
      },
    ];
  }
  return [];
}

function orphanFinding(kpi: KpiHealthKpiInput, live: string[]): KpiHealthFinding | null {
  if (live.length > 0) return null;
  const linked = new Set(kpi.objectives).size;
  return {
    kind: "orphaned",
    message:
      linked === 0
        ? "Not linked to any strategic objective."
        : `Linked only to ${linked === 1 ? "an objective that is" : `${linked} objectives that are`} archived or gone.`,
    recommendation: "Link it to a live objective in the next version, or drop it if it no longer serves the strategy.",
  };
}

function entryOf(kpi: KpiHealthKpiInput, liveKeys: ReadonlySet<string>): KpiHealthEntry {
  const counts = countResults(kpi.results);
  const reachShare = counts.scored === 0 ? null : counts.reached / counts.scored;
  const liveObjectives = [...new Set(kpi.objectives)].filter((key) => liveKeys.has(key));
  const findings = reachFindings(counts, reachShare);
  const orphaned = orphanFinding(kpi, liveObjectives);
  if (orphaned) findings.push(orphaned);
  return {
    kpi: kpi.key,
    name: kpi.name ?? kpi.key,
    status: findings.length === 0 ? "ok" : "flagged",
    findings,
    counts,
    reachShare,
    liveObjectives,
  };
}

/**
 * The KPI health report of one cycle, as input for the next framework versions. Per role and
 * KPI, from the scorecards' results and the objectives as they are now:
 * - `no-data`: no scorecard had a value (not measurable as set up); then reach is not judged;
 * - `too-easy`: more than 90% of the scored results met the target (everyone, at the extreme);
 * - `unrealistic`: fewer than 10% met it (nobody, at the extreme);
 * - `orphaned`: none of its links points to a live (existing, not archived) objective.
 * "Met" means a score of at least 1.0. The thresholds are target realism's (strict bounds), so
 * a KPI flagged here reads the same as the editor's realism line. A KPI without findings is `ok`.
 * Roles and KPIs keep the input's order.
 */
export function kpiHealthReport(input: KpiHealthInput): KpiHealthReport {
  const liveKeys = new Set(input.objectives.filter((o) => !o.archived).map((o) => o.key));
  const byKind: Record<KpiHealthKind, number> = { "too-easy": 0, unrealistic: 0, "no-data": 0, orphaned: 0 };
  let total = 0;
  let flaggedTotal = 0;
  const roles = input.roles.map((role) => {
    const kpis = role.kpis.map((kpi) => entryOf(kpi, liveKeys));
    const flagged = kpis.filter((k) => k.status === "flagged").length;
    total += kpis.length;
    flaggedTotal += flagged;
    for (const k of kpis) for (const f of k.findings) byKind[f.kind]++;
    return { role: role.key, title: role.title ?? role.key, kpis, flagged };
  });
  return { roles, summary: { kpis: total, ok: total - flaggedTotal, flagged: flaggedTotal, byKind } };
}
