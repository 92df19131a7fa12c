// Shapes of the measurements and trend endpoints.

import type { SubPeriod } from "../cycles/cycle.types.js";
import type { ScorecardScore } from "./scorecard.types.js";

/** One recorded value of one KPI. */
export interface Measurement {
  id: string;
  scorecardId: string;
  kpi: string;
  /** Sub-period key of the cycle. */
  period: string;
  /** Date of the value; null when it stands for the whole sub-period. */
  date: string | null;
  value: number;
  source: "manual" | "import" | "api";
  authorId: string | null;
  authorName: string | null;
  comment: string | null;
  recordedAt: string;
}

/** An earlier value of a slot, kept when a correction replaced it. */
export interface HistoryEntry extends Measurement {
  supersededAt: string;
  supersededById: string | null;
}

/** One KPI × sub-period (or date): the value that counts and the ones it replaced, newest first. */
export interface MeasurementSlot {
  kpi: string;
  period: string;
  date: string | null;
  current: Measurement;
  history: HistoryEntry[];
}

/** `GET /api/v1/scorecards/:id/measurements`. */
export interface MeasurementList {
  scorecardId: string;
  kpis: {
    kpi: string;
    name: string;
    unit: string | null;
    reporter: "employee" | "manager" | "system";
    /** Whether the caller may record values of this KPI on this scorecard. */
    canReport: boolean;
  }[];
  /** The cycle's sub-periods within the scorecard's validity. */
  periods: SubPeriod[];
  items: MeasurementSlot[];
}

/** `POST /api/v1/scorecards/:id/measurements`: the value, its history, and the new score. */
export interface RecordMeasurementResponse {
  status: "created" | "corrected" | "unchanged";
  measurement: Measurement;
  history: HistoryEntry[];
  score: ScorecardScore;
}

export interface NewMeasurement {
  kpi: string;
  value: number;
  period?: string;
  date?: string;
  comment?: string;
}

export interface RatingValue {
  value: number;
  label: string;
}

/** `GET /api/v1/scorecards/:id/trend`: each KPI per sub-period of this cycle and over past cycles. */
export interface ScorecardTrend {
  scorecardId: string;
  kpis: {
    kpi: string;
    name: string;
    unit: string | null;
    periods: {
      period: string;
      label: string;
      start: string;
      end: string;
      value: number | null;
      score: number | null;
      measurementCount: number;
    }[];
    pastCycles: {
      cycleId: string;
      cycleName: string;
      startDate: string;
      scorecardId: string;
      value: number | null;
      score: number | null;
    }[];
  }[];
  overall: {
    current: number | null;
    pastCycles: {
      cycleId: string;
      cycleName: string;
      startDate: string;
      scorecardId: string;
      overall: number | null;
      rating: RatingValue | null;
    }[];
  };
}
