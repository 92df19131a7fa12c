import type { ScoringConfig } from "@yardstick/core";
import type { AppliedOverride, ScorecardItem } from "./scorecard-items.js";
import type { ScorecardSnapshot } from "./scorecard-snapshot.js";
import type { OverrideRow, ScorecardRow } from "./scorecards.repository.js";
import type { OverrideResponse, ScorecardDetail, ScorecardSummary } from "./scorecards.schemas.js";

export function presentScorecardSummary(
  row: ScorecardRow,
  snapshot: Pick<ScorecardSnapshot, "role" | "framework">,
): ScorecardSummary {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    cycleStatus: row.cycle_status,
    employeeId: row.employee_id,
    employeeName: row.employee_name,
    roleId: row.role_id,
    roleTitle: snapshot.role.title,
    frameworkVersionId: row.framework_version_id,
    frameworkVersion: snapshot.framework.version,
    status: row.status,
    statusReason: row.status_reason,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A stored override as scoring applies it; its JSON was validated before it was written. */
export function toAppliedOverride(row: OverrideRow): AppliedOverride {
  return {
    id: row.id,
    kpi: row.kpi_key,
    scoring: JSON.parse(row.scoring) as ScoringConfig,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export function presentOverride(row: OverrideRow, scorecardId: string): OverrideResponse {
  const applied = toAppliedOverride(row);
  return {
    id: applied.id,
    scorecardId,
    kpi: applied.kpi,
    scoring: applied.scoring,
    reason: applied.reason,
    createdById: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
  };
}

export function presentScorecardDetail(
  row: ScorecardRow,
  snapshot: ScorecardSnapshot,
  items: readonly ScorecardItem[],
  overrides: readonly OverrideRow[],
): Omit<ScorecardDetail, "score"> {
  const presented = new Map(overrides.map((o) => [o.id, presentOverride(o, row.id)]));
  return {
    ...presentScorecardSummary(row, snapshot),
    missingData: snapshot.framework.missingData,
    sections: snapshot.framework.sections,
    items: items.map((item) => ({
      kpi: item.assignment.kpi,
      kpiName: item.kpi?.name ?? item.assignment.kpi,
      weight: item.assignment.weight,
      section: item.assignment.section ?? null,
      objectives: item.assignment.objectives,
      responsibility: item.assignment.responsibility ?? null,
      scoring: item.scoring,
      frameworkScoring: item.assignment.scoring,
      override: item.override ? (presented.get(item.override.id) ?? null) : null,
    })),
    kpis: snapshot.kpis,
    assignments: snapshot.framework.assignments,
    overrides: [...presented.values()],
  };
}
