import type { ScoringConfig } from "@yardstick/core";
import type { CycleStatus } from "../cycles/cycle.types.js";

export type ScorecardStatus = "active" | "superseded" | "ended";

/** `GET /api/v1/scorecards` item. */
export interface ScorecardSummary {
  id: string;
  cycleId: string;
  cycleName: string;
  cycleStatus: CycleStatus;
  employeeId: string;
  employeeName: string;
  roleId: string;
  roleTitle: string;
  frameworkVersionId: string;
  frameworkVersion: number;
  status: ScorecardStatus;
  /** Why it stopped applying, e.g. "role changed to Team Lead on 2026-02-15". */
  statusReason: string | null;
  validFrom: string;
  validTo: string;
  createdAt: string;
  updatedAt: string;
}

export interface TargetOverride {
  id: string;
  scorecardId: string;
  kpi: string;
  scoring: ScoringConfig;
  reason: string;
  createdById: string | null;
  createdByName: string | null;
  createdAt: string;
}

export interface ScorecardItem {
  kpi: string;
  kpiName: string;
  weight: number;
  section: string | null;
  objectives: string[];
  responsibility: string | null;
  /** What applies to this person: the latest override, else the framework's. */
  scoring: ScoringConfig;
  frameworkScoring: ScoringConfig;
  override: TargetOverride | null;
}

export interface SnapshotKpi {
  key: string;
  name: string;
  description: string | null;
  unit: string | null;
  direction: "higher" | "lower" | null;
  aggregation: string | null;
  frequency: string | null;
  reporter: "employee" | "manager" | "system";
  kind: "quantitative" | "qualitative";
  timing: string;
  focus: string;
  ratingScale: { min: number; max: number; anchors?: { value: number; label: string }[] } | null;
}

/** `GET /api/v1/scorecards/:id`. */
export interface ScorecardDetail extends ScorecardSummary {
  missingData: "exclude" | "zero";
  sections: { key: string; name: string; weight: number }[];
  items: ScorecardItem[];
  kpis: SnapshotKpi[];
  overrides: TargetOverride[];
}

export interface CreateOverrideInput {
  kpi: string;
  scoring: ScoringConfig;
  reason: string;
}

/** One KPI's computed result in `GET /api/v1/scorecards/:id/score`. */
export interface KpiScore {
  kpi: string;
  name: string;
  unit: string | null;
  section: string | null;
  aggregation: string;
  method: string;
  target: number | null;
  value: number | null;
  score: number | null;
  measurementCount: number;
  weight: number;
  effectiveWeight: number;
  contribution: number;
  overridden: boolean;
  explanation: string[];
}

/** `GET /api/v1/scorecards/:id/score`: 1.0 means the target is exactly met. */
export interface ScorecardScore {
  scorecardId: string;
  computedAt: string;
  overall: number | null;
  rating: { value: number; label: string } | null;
  missingData: "exclude" | "zero";
  sections: { key: string; name: string; score: number | null; weight: number; effectiveWeight: number }[];
  kpis: KpiScore[];
  explanation: string[];
}
