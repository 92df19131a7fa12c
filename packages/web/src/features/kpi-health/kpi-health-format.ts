import type { KpiHealthKind } from "@yardstick/core";
import type { KpiHealthKpi } from "./kpi-health.types.js";
import { formatShare } from "./realism-line.js";

export const KIND_LABELS: Record<KpiHealthKind, string> = {
  "too-easy": "Too easy",
  unrealistic: "Unrealistic",
  "no-data": "No data",
  orphaned: "Orphaned",
};

/** Badge colours; the label always says the same in words. */
export const KIND_COLORS: Record<KpiHealthKind, string> = {
  "too-easy": "yellow",
  unrealistic: "red",
  "no-data": "gray",
  orphaned: "grape",
};

/** The numbers behind a KPI's verdict, e.g. "2 of 2 reached the target (100%) · values on 2 of 3 scorecards". */
export function healthNumbers(kpi: Pick<KpiHealthKpi, "counts" | "reachShare">): string {
  const { scorecards, withValue, scored, reached } = kpi.counts;
  const values = `values on ${withValue} of ${scorecards} scorecard${scorecards === 1 ? "" : "s"}`;
  if (kpi.reachShare === null || scored === 0) return values;
  return `${reached} of ${scored} reached the target (${formatShare(kpi.reachShare)}) · ${values}`;
}

/** The report's headline, e.g. "3 of 12 KPIs flagged: 1 too easy, 2 orphaned". */
export function healthSummary(summary: {
  kpis: number;
  flagged: number;
  byKind: Record<KpiHealthKind, number>;
}): string {
  if (summary.kpis === 0) return "No KPIs to judge yet";
  if (summary.flagged === 0) return `All ${summary.kpis} KPIs look healthy`;
  const kinds = (Object.keys(KIND_LABELS) as KpiHealthKind[])
    .filter((kind) => summary.byKind[kind] > 0)
    .map((kind) => `${summary.byKind[kind]} ${KIND_LABELS[kind].toLowerCase()}`);
  return `${summary.flagged} of ${summary.kpis} KPIs flagged: ${kinds.join(", ")}`;
}
