import type { Aggregation, Direction } from "@yardstick/core";
import type { Balance, Focus, Frequency, Kind, Kpi, KpiInput, Reporter, Timing } from "./kpi.types.js";

/** The KPI form's state: strings for selects and number inputs ("" = not set). */
export interface KpiFormValues {
  key: string;
  name: string;
  description: string;
  family: string;
  unit: string;
  direction: string;
  aggregation: string;
  frequency: string;
  kind: Kind;
  timing: Timing;
  focus: Focus;
  reporter: Reporter;
  balance: string;
  formula: string;
  dataSource: string;
  scaleMin: number | string;
  scaleMax: number | string;
  anchors: { value: number | string; description: string }[];
  baseline: number | string;
  target: number | string;
  stretch: number | string;
}

export function kpiFormValues(kpi?: Kpi): KpiFormValues {
  return {
    key: kpi?.key ?? "",
    name: kpi?.name ?? "",
    description: kpi?.description ?? "",
    family: kpi?.family ?? "",
    unit: kpi?.unit ?? "",
    direction: kpi?.direction ?? "",
    aggregation: kpi?.aggregation ?? "",
    frequency: kpi?.frequency ?? "",
    kind: kpi?.categories.kind ?? "quantitative",
    timing: kpi?.categories.timing ?? "lagging",
    focus: kpi?.categories.focus ?? "performance",
    reporter: kpi?.reporter ?? "manager",
    balance: kpi?.balance ?? "",
    formula: kpi?.formula ?? "",
    dataSource: kpi?.dataSource ?? "",
    scaleMin: kpi?.ratingScale?.min ?? 1,
    scaleMax: kpi?.ratingScale?.max ?? 5,
    anchors: kpi?.ratingScale?.anchors.map((a) => ({ ...a })) ?? [],
    baseline: kpi?.suggested?.baseline ?? "",
    target: kpi?.suggested?.target ?? "",
    stretch: kpi?.suggested?.stretch ?? "",
  };
}

const text = (value: string) => value.trim() || null;
const num = (value: number | string) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/**
 * The request body from the form. Empty optional fields become null (PATCH clears them; for
 * POST the caller drops nulls). A rating scale is sent only for qualitative KPIs.
 */
export function kpiInputFromValues(values: KpiFormValues): KpiInput {
  const suggested = { baseline: num(values.baseline), target: num(values.target), stretch: num(values.stretch) };
  const hasSuggested = Object.values(suggested).some((v) => v !== undefined);
  const scaleMin = num(values.scaleMin);
  const scaleMax = num(values.scaleMax);
  return {
    name: values.name.trim(),
    description: text(values.description),
    family: text(values.family),
    unit: text(values.unit),
    direction: (values.direction || null) as Direction | null,
    aggregation: (values.aggregation || null) as Aggregation | null,
    frequency: (values.frequency || null) as Frequency | null,
    categories: { kind: values.kind, timing: values.timing, focus: values.focus },
    reporter: values.reporter,
    balance: (values.balance || null) as Balance | null,
    formula: text(values.formula),
    dataSource: text(values.dataSource),
    ratingScale:
      values.kind === "qualitative" && scaleMin !== undefined && scaleMax !== undefined
        ? {
            min: scaleMin,
            max: scaleMax,
            anchors: values.anchors
              .filter((a) => num(a.value) !== undefined && a.description.trim())
              .map((a) => ({ value: a.value as number, description: a.description.trim() })),
          }
        : null,
    suggested: hasSuggested ? Object.fromEntries(Object.entries(suggested).filter(([, v]) => v !== undefined)) : null,
  };
}

/** Drops nulls (POST has no use for "clear this field"). */
export function withoutNulls<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as Partial<T>;
}
