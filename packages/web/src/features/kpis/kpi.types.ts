import type { Aggregation, Direction, Kpi as KpiDocument } from "@yardstick/core";

type Categories = KpiDocument["categories"];
export type Kind = Categories["kind"];
export type Timing = Categories["timing"];
export type Focus = Categories["focus"];
export type Reporter = KpiDocument["reporter"];
export type Frequency = NonNullable<KpiDocument["frequency"]>;
export type Balance = NonNullable<KpiDocument["balance"]>;

export interface RatingScale {
  min: number;
  max: number;
  anchors: { value: number; description: string }[];
}

export interface Suggested {
  baseline?: number;
  target?: number;
  stretch?: number;
}

/** `GET /api/v1/kpis` item. */
export interface Kpi {
  id: string;
  key: string;
  name: string;
  description: string | null;
  unit: string | null;
  direction: Direction | null;
  aggregation: Aggregation | null;
  frequency: Frequency | null;
  categories: { kind: Kind; timing: Timing; focus: Focus };
  reporter: Reporter;
  balance: Balance | null;
  family: string | null;
  formula: string | null;
  dataSource: string | null;
  ratingScale: RatingScale | null;
  suggested: Suggested | null;
  archived: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface KpiUsage {
  roleId: string;
  roleKey: string;
  roleTitle: string;
  version: number;
  status: "draft" | "published";
}

/** `GET /api/v1/kpis/:id`. */
export interface KpiDetail extends Kpi {
  usedBy: KpiUsage[];
}

export interface KpiFilters {
  search?: string;
  family?: string;
  kind?: Kind;
  timing?: Timing;
  focus?: Focus;
  includeArchived?: boolean;
}

/** The writable fields; PATCH takes any subset, with null clearing an optional field. */
export interface KpiInput {
  key?: string;
  name: string;
  description?: string | null;
  unit?: string | null;
  direction?: Direction | null;
  aggregation?: Aggregation | null;
  frequency?: Frequency | null;
  categories: { kind: Kind; timing: Timing; focus: Focus };
  reporter: Reporter;
  balance?: Balance | null;
  family?: string | null;
  formula?: string | null;
  dataSource?: string | null;
  ratingScale?: RatingScale | null;
  suggested?: Suggested | null;
}

export const KIND_LABELS: Record<Kind, string> = { quantitative: "Quantitative", qualitative: "Qualitative" };
export const TIMING_LABELS: Record<Timing, string> = { leading: "Leading", lagging: "Lagging" };
export const FOCUS_LABELS: Record<Focus, string> = {
  performance: "Performance",
  behavioural: "Behavioural",
  development: "Development",
};
export const REPORTER_LABELS: Record<Reporter, string> = {
  employee: "Employee",
  manager: "Manager",
  system: "System import",
};
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  weekly: "Weekly",
  monthly: "Monthly",
  quarterly: "Quarterly",
  "half-yearly": "Half-yearly",
  yearly: "Yearly",
};
export const DIRECTION_LABELS: Record<Direction, string> = { higher: "Higher is better", lower: "Lower is better" };
export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  sum: "Sum",
  average: "Average",
  last: "Last value",
  min: "Minimum",
  max: "Maximum",
  count: "Count",
};
export const BALANCE_LABELS: Record<Balance, string> = { volume: "Volume", quality: "Quality" };

/** `{value, label}` options for a Select from a label record. */
export function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}
