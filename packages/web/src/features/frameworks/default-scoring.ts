import type { Assignment, Direction, ScoringConfig, ScoringMethod } from "@yardstick/core";

/** What the scoring defaults need to know about a KPI (the library's record or the document's). */
export interface ScoringHints {
  direction?: Direction | null;
  suggested?: { baseline?: number; target?: number; stretch?: number } | null;
  ratingScale?: { min: number; max: number } | null;
  categories: { kind: "quantitative" | "qualitative" };
}

interface Goal {
  baseline: number;
  target: number;
  stretch?: number;
}

/** Baseline and target from the KPI's suggestions, else 0 → 100 in the KPI's direction. */
function goalOf(kpi: ScoringHints | undefined): Goal {
  const lower = kpi?.direction === "lower";
  const baseline = kpi?.suggested?.baseline ?? (lower ? 100 : 0);
  let target = kpi?.suggested?.target ?? (lower ? 0 : 100);
  if (target === baseline) target = baseline + (lower ? -1 : 1);
  const stretch = kpi?.suggested?.stretch;
  return stretch === undefined ? { baseline, target } : { baseline, target, stretch };
}

/** The goal already in a configuration, so switching method keeps what a person typed. */
function goalFrom(config: ScoringConfig | undefined, fallback: Goal): Goal {
  if (!config) return fallback;
  switch (config.method) {
    case "linear":
      return { baseline: config.baseline, target: config.target, stretch: config.stretch };
    case "ratio":
      return { ...fallback, target: config.target, stretch: config.stretch };
    case "binary":
      return { ...fallback, target: config.target };
    case "range":
      return { ...fallback, target: config.high };
    default:
      return fallback;
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A valid scoring configuration of `method` for a KPI: from the previous configuration where
 * the fields carry over (baseline, target, stretch, floor, cap), else from the KPI's suggested
 * values, direction and rating scale.
 */
export function scoringFor(
  method: ScoringMethod,
  kpi: ScoringHints | undefined,
  previous?: ScoringConfig,
): ScoringConfig {
  const goal = goalFrom(previous, goalOf(kpi));
  const clamp = withoutUndefined({ floor: previous?.floor, cap: previous?.cap });
  const direction = goal.target < goal.baseline || kpi?.direction === "lower" ? "lower" : "higher";
  switch (method) {
    case "linear":
      return withoutUndefined({
        method,
        baseline: goal.baseline,
        target: goal.target,
        stretch: goal.stretch,
        ...clamp,
      });
    case "ratio":
      return withoutUndefined({
        method,
        target: goal.target > 0 ? goal.target : 1,
        direction,
        stretch: goal.stretch,
        ...clamp,
      });
    case "binary":
      return { method, target: goal.target, direction, ...clamp };
    case "range": {
      const low = Math.min(goal.baseline, goal.target);
      const high = Math.max(goal.baseline, goal.target);
      return { method, low, high, tolerance: Math.max(1, (high - low) / 2), ...clamp };
    }
    case "curve":
      return {
        method,
        points: [
          [goal.baseline, 0],
          [goal.target, 1],
          ...(goal.stretch === undefined ? [] : [[goal.stretch, 1.2] as [number, number]]),
        ],
        ...clamp,
      };
    case "bands": {
      const step = (goal.target - goal.baseline) / 2;
      const froms = [goal.baseline, goal.baseline + step, goal.target].sort((a, b) => a - b);
      const scores = direction === "lower" ? [1, 0.5, 0] : [0, 0.5, 1];
      return {
        method,
        bands: froms.map((from, i) => ({
          from,
          score: scores[i] ?? 0,
          label: ["Not met", "Partly met", "Met"][direction === "lower" ? 2 - i : i],
        })),
        ...clamp,
      };
    }
    case "rating": {
      const min = kpi?.ratingScale?.min ?? 1;
      const max = kpi?.ratingScale?.max ?? 5;
      const suggested = kpi?.suggested?.target;
      const targetRating =
        suggested !== undefined && suggested > min && suggested <= max ? suggested : Math.max(min + 1, max - 1);
      return { method, scale: { min, max }, targetRating: Math.min(targetRating, max), ...clamp };
    }
  }
}

/** The default method: rating for a qualitative KPI with a scale, linear otherwise. */
export function defaultMethod(kpi: ScoringHints | undefined): ScoringMethod {
  return kpi?.categories.kind === "qualitative" && kpi.ratingScale ? "rating" : "linear";
}

/** A new assignment of a KPI, with a scoring configuration built from the KPI's own hints. */
export function newAssignment(
  kpiKey: string,
  kpi: ScoringHints | undefined,
  weight: number,
  section?: string,
): Assignment {
  const assignment: Assignment = { kpi: kpiKey, weight, objectives: [], scoring: scoringFor(defaultMethod(kpi), kpi) };
  if (section !== undefined) assignment.section = section;
  return assignment;
}

export const METHOD_LABELS: Record<ScoringMethod, string> = {
  linear: "Linear (baseline → target)",
  ratio: "Ratio (value ÷ target)",
  range: "Range (inside low–high)",
  binary: "Binary (met or not)",
  curve: "Curve (points)",
  bands: "Bands (steps)",
  rating: "Rating scale",
};
