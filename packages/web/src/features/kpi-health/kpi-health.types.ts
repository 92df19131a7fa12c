import type { KpiHealthKind } from "@yardstick/core";

/** One KPI's past results: `GET /api/v1/roles/:roleId/framework/history-values`. */
export interface KpiHistoryValues {
  /** One aggregated value per person and closed cycle, ascending. */
  values: number[];
  cycles: number;
  people: number;
}

export interface HistoryValues {
  kpis: Record<string, KpiHistoryValues>;
}

export interface KpiHealthKpi {
  kpi: string;
  name: string;
  unit: string | null;
  status: "ok" | "flagged";
  findings: { kind: KpiHealthKind; message: string; recommendation: string }[];
  counts: { scorecards: number; withValue: number; scored: number; reached: number };
  reachShare: number | null;
  liveObjectives: string[];
}

/** `GET /api/v1/cycles/:id/kpi-health`. */
export interface KpiHealth {
  cycle: { id: string; name: string; status: "draft" | "open" | "closed" };
  final: boolean;
  roles: {
    roleId: string;
    roleKey: string;
    roleTitle: string;
    scorecards: number;
    flagged: number;
    kpis: KpiHealthKpi[];
  }[];
  summary: { kpis: number; ok: number; flagged: number; byKind: Record<KpiHealthKind, number> };
}
