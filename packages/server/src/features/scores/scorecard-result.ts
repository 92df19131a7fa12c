import {
  type Aggregation,
  DEFAULT_CAP,
  DEFAULT_FLOOR,
  formatNumber,
  type MissingDataPolicy,
  type RatingBand,
  rate,
  rollUp,
  type ScoringConfig,
  scoreKpi,
} from "@yardstick/core";
import type { SubPeriod } from "../cycles/cycle-dates.js";
import type { AppliedOverride } from "../scorecards/scorecard-items.js";
import { scorecardItems } from "../scorecards/scorecard-items.js";
import type { ScorecardSnapshot } from "../scorecards/scorecard-snapshot.js";

/** One current measurement as scoring needs it. */
export interface ScoredMeasurement {
  kpi: string;
  period: string;
  /** ISO date, or "" for a value of the whole sub-period. */
  measuredOn: string;
  value: number;
}

export interface KpiResult {
  kpi: string;
  name: string;
  unit: string | null;
  section: string | null;
  aggregation: Aggregation;
  method: ScoringConfig["method"];
  /** The target of the scoring that applies (targetRating for rating scales), when the method has one. */
  target: number | null;
  /** Aggregated value over the scorecard's measurements; null without data. */
  value: number | null;
  score: number | null;
  measurementCount: number;
  weight: number;
  effectiveWeight: number;
  contribution: number;
  overridden: boolean;
  explanation: string[];
}

export interface SectionResult {
  key: string;
  name: string;
  score: number | null;
  weight: number;
  effectiveWeight: number;
}

/**
 * The numbers of a result without any explanation: what the cycle-wide batch stores (about a
 * tenth of the full result's size). Opening the scorecard rebuilds the explained result.
 */
export interface ScorecardSummary {
  summary: true;
  overall: number | null;
  rating: { value: number; label: string } | null;
  kpis: {
    kpi: string;
    name: string;
    unit: string | null;
    weight: number;
    value: number | null;
    score: number | null;
  }[];
}

/** The stored summary of a result (same numbers, no text). */
export function summarize(result: ScorecardResult): ScorecardSummary {
  return {
    summary: true,
    overall: result.overall,
    rating: result.rating,
    kpis: result.kpis.map((k) => ({
      kpi: k.kpi,
      name: k.name,
      unit: k.unit,
      weight: k.weight,
      value: k.value,
      score: k.score,
    })),
  };
}

/** A scorecard's computed result: what is cached and what the API presents. */
export interface ScorecardResult {
  overall: number | null;
  rating: { value: number; label: string } | null;
  missingData: MissingDataPolicy;
  sections: SectionResult[];
  kpis: KpiResult[];
  explanation: string[];
}

function targetOf(scoring: ScoringConfig): number | null {
  if (scoring.method === "rating") return scoring.targetRating;
  return "target" in scoring ? scoring.target : null;
}

function parametersOf(scoring: ScoringConfig): string {
  const { method: _method, floor: _floor, cap: _cap, ...rest } = scoring;
  return Object.entries(rest)
    .map(([name, value]) => `${name} ${JSON.stringify(value)}`)
    .join(", ");
}

/**
 * Sort key placing each value in time: a dated value at its date, a whole-sub-period value at the
 * sub-period's end, so "last" means the latest in the cycle.
 */
export function timeKey(measurement: ScoredMeasurement, periodEnds: ReadonlyMap<string, string>): string {
  return measurement.measuredOn || periodEnds.get(measurement.period) || "";
}

/** The values of one KPI in time order. */
export function valuesInTimeOrder(
  measurements: readonly ScoredMeasurement[],
  periodEnds: ReadonlyMap<string, string>,
): number[] {
  return [...measurements]
    .sort((a, b) => {
      const ka = timeKey(a, periodEnds);
      const kb = timeKey(b, periodEnds);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    })
    .map((m) => m.value);
}

/** Scores one KPI's values with a scoring configuration; a broken configuration is explained, never thrown. */
export function scoreValues(
  values: number[],
  aggregation: Aggregation,
  scoring: ScoringConfig,
  explain = true,
): { value: number | null; score: number | null; explanation: string[] } {
  try {
    return scoreKpi({ values, aggregation, scoring, explain });
  } catch (error) {
    // Configurations are validated before they are stored; a value sum can still overflow.
    const reason = error instanceof Error ? error.message : String(error);
    return { value: null, score: null, explanation: [`Cannot score: ${reason}`] };
  }
}

/**
 * Scores a scorecard with the core engine: per KPI aggregate its measurements, score with the
 * method that applies (latest override, else the framework's), clamp; roll up by weights and
 * sections under the framework's missing-data policy; rate the overall score on the
 * organization's scale. Every step is explained, unless `explain` is false: then the numbers are
 * the same and every explanation is empty (the cycle-wide batch stores only numbers).
 */
export function computeScorecardResult(
  input: {
    snapshot: ScorecardSnapshot;
    overrides: readonly AppliedOverride[];
    subPeriods: readonly SubPeriod[];
    measurements: readonly ScoredMeasurement[];
    ratingScale: readonly RatingBand[];
    /** Sub-period key → end date; pass it when scoring many scorecards of one cycle. */
    periodEnds?: ReadonlyMap<string, string>;
  },
  options: { explain?: boolean } = {},
): ScorecardResult {
  const explain = options.explain ?? true;
  const { snapshot } = input;
  const periodEnds = input.periodEnds ?? new Map(input.subPeriods.map((p) => [p.key, p.end]));
  const byKpi = new Map<string, ScoredMeasurement[]>();
  for (const m of input.measurements) {
    const list = byKpi.get(m.kpi);
    if (list) list.push(m);
    else byKpi.set(m.kpi, [m]);
  }
  const items = scorecardItems(snapshot, input.overrides);
  const scored = items.map((item) => {
    const key = item.assignment.kpi;
    const measurements = byKpi.get(key) ?? [];
    const aggregation = item.kpi?.aggregation ?? "last";
    const values = valuesInTimeOrder(measurements, periodEnds);
    if (!explain) {
      return {
        item,
        aggregation,
        measurements,
        header: [],
        result: scoreValues(values, aggregation, item.scoring, false),
      };
    }
    const floor = item.scoring.floor ?? DEFAULT_FLOOR;
    const cap = item.scoring.cap ?? DEFAULT_CAP;
    const header = [
      item.kpi?.aggregation
        ? `Aggregation: ${aggregation} of the cycle's ${measurements.length} value${measurements.length === 1 ? "" : "s"}`
        : `Aggregation: the KPI defines none, so the latest of ${measurements.length} value${measurements.length === 1 ? "" : "s"} counts`,
      `Method: ${item.scoring.method} (${parametersOf(item.scoring)}), clamped to [${formatNumber(floor)}, ${formatNumber(cap)}]`,
    ];
    if (item.override) header.push(`Target override: "${item.override.reason}"`);
    const result = scoreValues(values, aggregation, item.scoring);
    return { item, aggregation, measurements, header, result };
  });

  const sections = snapshot.framework.sections;
  const rolled = rollUpSafely({
    // Names read better than keys in the explanation; results are matched back by position.
    items: scored.map(({ item, result }) => ({
      key: item.kpi?.name ?? item.assignment.kpi,
      weight: item.assignment.weight,
      ...(sections.length > 0 && item.assignment.section ? { section: item.assignment.section } : {}),
      score: result.score,
    })),
    sections: sections.map((s) => ({ key: s.key, name: s.name, weight: s.weight })),
    missingData: snapshot.framework.missingData,
    explain,
  });

  const kpis: KpiResult[] = scored.map(({ item, aggregation, measurements, header, result }, index) => {
    const rolledItem = rolled.items[index];
    const weightLine = !explain
      ? ""
      : `Weight: ${formatNumber(item.assignment.weight)}%${
          rolledItem && Math.abs(rolledItem.effectiveWeight - item.assignment.weight) > 1e-9
            ? `, effective ${formatNumber(rolledItem.effectiveWeight)}% after the missing-data policy (${snapshot.framework.missingData})`
            : ""
        }`;
    return {
      kpi: item.assignment.kpi,
      name: item.kpi?.name ?? item.assignment.kpi,
      unit: item.kpi?.unit ?? null,
      section: item.assignment.section ?? null,
      aggregation,
      method: item.scoring.method,
      target: targetOf(item.scoring),
      value: result.value,
      score: result.score,
      measurementCount: measurements.length,
      weight: item.assignment.weight,
      effectiveWeight: rolledItem?.effectiveWeight ?? 0,
      contribution: rolledItem?.contribution ?? 0,
      overridden: item.override !== null,
      explanation: explain ? [...header, ...result.explanation, weightLine] : [],
    };
  });

  const explanation = [...rolled.explanation];
  let rating: ScorecardResult["rating"] = null;
  if (rolled.score !== null) {
    try {
      const rated = rate(rolled.score, input.ratingScale, { explain });
      rating = { value: rated.rating, label: rated.label };
      explanation.push(...rated.explanation);
    } catch (error) {
      if (explain) explanation.push(`No rating: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else if (explain) {
    explanation.push("No rating without an overall score");
  }
  return {
    overall: rolled.score,
    rating,
    missingData: snapshot.framework.missingData,
    sections: rolled.sections.map((s) => ({
      key: s.key,
      name: sections.find((x) => x.key === s.key)?.name ?? s.key,
      score: s.score,
      weight: s.weight,
      effectiveWeight: s.effectiveWeight,
    })),
    kpis,
    explanation,
  };
}

function rollUpSafely(input: Parameters<typeof rollUp>[0]): ReturnType<typeof rollUp> {
  try {
    return rollUp(input);
  } catch (error) {
    // A snapshot was validated when published; refuse to invent a number if it is inconsistent anyway.
    return {
      score: null,
      sections: [],
      items: input.items.map((i) => ({
        key: i.key,
        score: i.score,
        weight: i.weight,
        effectiveWeight: 0,
        contribution: 0,
      })),
      explanation: [`Cannot roll up: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}
