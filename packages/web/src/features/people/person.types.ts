/** `GET /api/v1/people` item: an employee with their role, org unit and manager. */
export interface Person {
  id: string;
  employeeNumber: string;
  name: string;
  email: string | null;
  roleId: string;
  roleTitle: string;
  orgUnitId: string | null;
  orgUnitName: string | null;
  managerId: string | null;
  managerName: string | null;
  userId: string | null;
  startDate: string;
  endDate: string | null;
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a people change did to the scorecards of open cycles. */
export interface ScorecardChange {
  cycleId: string;
  cycleName: string;
  action: "created" | "superseded" | "ended" | "skipped";
  scorecardId: string | null;
  validFrom: string | null;
  validTo: string | null;
  reason: string;
}

export interface PersonWithChanges extends Person {
  scorecardChanges: ScorecardChange[];
}

export interface OrgChartNode extends Person {
  reports: OrgChartNode[];
}

export interface CreatePersonInput {
  employeeNumber: string;
  name: string;
  email?: string | null;
  roleId: string;
  orgUnitId?: string | null;
  managerId?: string | null;
  userId?: string | null;
  startDate: string;
}

export interface UpdatePersonInput {
  employeeNumber?: string;
  name?: string;
  email?: string | null;
  roleId?: string;
  effectiveDate?: string;
  orgUnitId?: string | null;
  managerId?: string | null;
  startDate?: string;
}

/** `GET /api/v1/users` item: a member account that can sign in. */
export interface Member {
  id: string;
  name: string;
  email: string;
  role: "admin" | "hr" | "manager" | "employee";
  disabledAt: string | null;
}
