import type { Assignment, ScoringConfig } from "@yardstick/core";
import type { ScorecardSnapshot, SnapshotKpi } from "./scorecard-snapshot.js";

/** A target override as scoring needs it: the replacing configuration, and why. */
export interface AppliedOverride {
  id: string;
  kpi: string;
  scoring: ScoringConfig;
  reason: string;
  createdBy: string | null;
  createdAt: string;
}

/** One KPI of a scorecard as it is scored for this person. */
export interface ScorecardItem {
  assignment: Assignment;
  kpi: SnapshotKpi | null;
  /** The framework's configuration, or the latest override's. */
  scoring: ScoringConfig;
  override: AppliedOverride | null;
}

/**
 * The scorecard's KPIs with the scoring that applies to this person: the framework's
 * configuration unless an override exists, in which case the latest override wins.
 * `overrides` must be oldest first, as stored.
 */
export function scorecardItems(snapshot: ScorecardSnapshot, overrides: readonly AppliedOverride[]): ScorecardItem[] {
  const latest = new Map<string, AppliedOverride>();
  for (const override of overrides) latest.set(override.kpi, override);
  const kpis = new Map(snapshot.kpis.map((k) => [k.key, k]));
  return snapshot.framework.assignments.map((assignment) => {
    const override = latest.get(assignment.kpi) ?? null;
    return {
      assignment,
      kpi: kpis.get(assignment.kpi) ?? null,
      scoring: override ? override.scoring : assignment.scoring,
      override,
    };
  });
}
