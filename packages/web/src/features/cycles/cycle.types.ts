export type Cadence = "quarterly" | "half-yearly" | "yearly" | "custom";
export type CycleStatus = "draft" | "open" | "closed";

export interface SubPeriod {
  key: string;
  label: string;
  start: string;
  end: string;
}

/** `GET /api/v1/cycles/:id`. */
export interface Cycle {
  id: string;
  name: string;
  cadence: Cadence;
  startDate: string;
  endDate: string;
  status: CycleStatus;
  subPeriods: SubPeriod[];
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateCycleInput {
  name: string;
  cadence: Cadence;
  startDate: string;
  endDate?: string;
}

/** `POST /api/v1/cycles/:id/open`: who got a scorecard and who did not, and why. */
export interface OpenCycleResult {
  cycle: Cycle;
  created: number;
  skipped: { employeeId: string; employeeName: string; reason: string }[];
}

export const CADENCE_LABELS: Record<Cadence, string> = {
  quarterly: "Quarterly",
  "half-yearly": "Half-yearly",
  yearly: "Yearly",
  custom: "Custom",
};

export const STATUS_LABELS: Record<CycleStatus, string> = { draft: "Draft", open: "Open", closed: "Closed" };
export const STATUS_COLORS: Record<CycleStatus, string> = { draft: "gray", open: "green", closed: "dark" };
