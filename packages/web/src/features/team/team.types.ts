import type { RatingValue } from "../scorecards/measurement.types.js";

/** `GET /api/v1/teams/overview`: a manager's reporting line × the KPIs on their scorecards. */
export interface TeamOverview {
  cycleId: string;
  managerEmployeeId: string;
  kpis: { kpi: string; name: string; unit: string | null }[];
  items: TeamMember[];
}

export interface TeamMember {
  employeeId: string;
  employeeName: string;
  managerId: string | null;
  /** Reports directly to the manager (else an indirect report). */
  direct: boolean;
  /** null: no scorecard in this cycle. */
  scorecardId: string | null;
  scorecardStatus: string | null;
  overall: number | null;
  rating: RatingValue | null;
  kpis: { kpi: string; value: number | null; score: number | null }[];
  computedAt: string | null;
}
