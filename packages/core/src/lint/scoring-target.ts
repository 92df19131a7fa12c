import type { Kpi } from "../model/framework-document.schema.js";
import type { Direction, ScoringConfig } from "../model/scoring-config.schema.js";

export interface ScoringTarget {
  target: number;
  direction: Direction;
  /** The field that holds the target, relative to the scoring config. */
  field: "target" | "targetRating";
}

/**
 * The single value that scores 1.0 and the direction the config implies, for methods that
 * have one (range, curve and bands do not). Linear infers the direction from baseline → target
 * and falls back to the KPI's direction when they are equal.
 */
export function scoringTarget(config: ScoringConfig, kpi: Kpi | undefined): ScoringTarget | undefined {
  switch (config.method) {
    case "linear": {
      const direction =
        config.target > config.baseline ? "higher" : config.target < config.baseline ? "lower" : kpi?.direction;
      return direction ? { target: config.target, direction, field: "target" } : undefined;
    }
    case "ratio":
    case "binary":
      return { target: config.target, direction: config.direction, field: "target" };
    case "rating":
      return { target: config.targetRating, direction: "higher", field: "targetRating" };
    default:
      return undefined;
  }
}

/**
 * Appends a path relative to a scoring config, as the scoring engine writes it (`target`,
 * `points.1.0`, ""), to the config's document path, with indexes in brackets (`points[1][0]`).
 */
export function joinPath(base: string, relative: string): string {
  let path = base;
  for (const segment of relative.split(".")) {
    if (segment === "") continue;
    path += /^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`;
  }
  return path;
}

/** Fields whose problems mean the target itself is degenerate, not the config's shape. */
export const TARGET_FIELDS = new Set(["target", "baseline", "targetRating"]);

/** First segment of a relative path (`target` of `target`, `points` of `points.1.0`). */
export function firstSegment(relative: string): string {
  return relative.split(".")[0] ?? "";
}
