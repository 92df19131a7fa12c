import type { SubPeriod } from "../../cycles/cycle-dates.js";

export interface ResolverKpi {
  id: string;
  key: string;
  name: string;
}

export interface ResolverCycle {
  id: string;
  name: string;
  status: "draft" | "open" | "closed";
  start: string;
  end: string;
  subPeriods: readonly SubPeriod[];
}

export interface ResolverEmployee {
  id: string;
  employeeNumber: string;
  email: string | null;
  name: string;
}

export interface ResolverScorecard {
  id: string;
  employeeId: string;
  cycleId: string;
  validFrom: string;
  validTo: string;
  /** Keys of the KPIs on the scorecard (its snapshot's assignments). */
  kpiKeys: readonly string[];
}

/**
 * What measurement validation needs to know from the database, for one organization. The
 * database side implements it; validation calls it in batches and caches every answer, so each
 * distinct employee and scorecard is asked for once per file.
 */
export interface MeasurementResolver {
  /** Every KPI definition of the organization (archived ones too: a scorecard may still use them). */
  listKpis(): Promise<readonly ResolverKpi[]>;
  /** Every review cycle with its sub-periods. */
  listCycles(): Promise<readonly ResolverCycle[]>;
  /** The employees with these numbers or emails (as written in the file; match case-insensitively). Unknown ones are left out. */
  findEmployees(query: {
    employeeNumbers: readonly string[];
    emails: readonly string[];
  }): Promise<readonly ResolverEmployee[]>;
  /** The scorecards (any status) of these employees in these cycles. */
  findScorecards(query: {
    employeeIds: readonly string[];
    cycleIds: readonly string[];
  }): Promise<readonly ResolverScorecard[]>;
}
