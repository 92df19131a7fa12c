/** Why a KPI is flagged in the health report of a cycle. */
export type KpiHealthKind = "too-easy" | "unrealistic" | "no-data" | "orphaned";

/** One scorecard's result for one KPI in the cycle: the aggregated value and its score (1.0 = target met). */
export interface KpiCycleResult {
  value: number | null;
  score: number | null;
}

/** One KPI of a role as the cycle ran it. */
export interface KpiHealthKpiInput {
  key: string;
  name?: string;
  /** Keys of the objectives the KPI's assignment links to (in the framework the cycle used). */
  objectives: readonly string[];
  /** One entry per scorecard that carried the KPI, with or without a value. */
  results: readonly KpiCycleResult[];
}

export interface KpiHealthRoleInput {
  key: string;
  title?: string;
  kpis: readonly KpiHealthKpiInput[];
}

export interface KpiHealthInput {
  roles: readonly KpiHealthRoleInput[];
  /** The organization's objectives as they are now; an archived or missing one is not live. */
  objectives: readonly { key: string; archived?: boolean }[];
}

export interface KpiHealthFinding {
  kind: KpiHealthKind;
  /** What was observed, with the numbers. */
  message: string;
  /** What to change in the next version of the framework. */
  recommendation: string;
}

export interface KpiHealthCounts {
  /** Scorecards that carried the KPI. */
  scorecards: number;
  /** Of those, how many had a value. */
  withValue: number;
  /** Of those, how many had a score. */
  scored: number;
  /** Of the scored, how many met the target (score ≥ 1.0). */
  reached: number;
}

export interface KpiHealthEntry {
  kpi: string;
  name: string;
  /** `ok` when there are no findings. */
  status: "ok" | "flagged";
  findings: KpiHealthFinding[];
  counts: KpiHealthCounts;
  /** reached / scored (0..1); null without any score. */
  reachShare: number | null;
  /** The linked objectives that are still live. */
  liveObjectives: string[];
}

export interface KpiHealthRole {
  role: string;
  title: string;
  kpis: KpiHealthEntry[];
  /** How many of its KPIs have at least one finding. */
  flagged: number;
}

export interface KpiHealthReport {
  roles: KpiHealthRole[];
  summary: {
    /** KPI entries over all roles (a KPI used by two roles counts twice). */
    kpis: number;
    ok: number;
    flagged: number;
    /** Entries per finding kind (one entry can have two kinds, e.g. no data and orphaned). */
    byKind: Record<KpiHealthKind, number>;
  };
}
