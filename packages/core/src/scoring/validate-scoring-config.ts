import { DEFAULT_CAP, DEFAULT_FLOOR, type ScoringConfig } from "../model/scoring-config.schema.js";
import { validateBands } from "./bands.method.js";
import { validateBinary } from "./binary.method.js";
import { validateCurve } from "./curve.method.js";
import { formatNumber } from "./format-number.js";
import { validateLinear } from "./linear.method.js";
import { validateRange } from "./range.method.js";
import { validateRating } from "./rating.method.js";
import { validateRatio } from "./ratio.method.js";
import { requireFinite } from "./require-finite.js";
import type { ScoringIssue } from "./scoring.types.js";
import { ScoringConfigError } from "./scoring-errors.js";

function validateMethod(config: ScoringConfig): ScoringIssue[] {
  switch (config.method) {
    case "linear":
      return validateLinear(config);
    case "ratio":
      return validateRatio(config);
    case "range":
      return validateRange(config);
    case "binary":
      return validateBinary(config);
    case "curve":
      return validateCurve(config);
    case "bands":
      return validateBands(config);
    case "rating":
      return validateRating(config);
    default: {
      // Reachable for configurations that skipped schema parsing.
      const unknownMethod: unknown = (config satisfies never as { method?: unknown }).method;
      return [{ path: "method", message: `unknown scoring method ${JSON.stringify(unknownMethod)}` }];
    }
  }
}

function validateClamp(config: ScoringConfig): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  const floorOk = config.floor === undefined || requireFinite(issues, "floor", config.floor);
  const capOk = config.cap === undefined || requireFinite(issues, "cap", config.cap);
  if (!floorOk || !capOk) return issues;
  const floor = config.floor ?? DEFAULT_FLOOR;
  const cap = config.cap ?? DEFAULT_CAP;
  if (floor > cap) {
    // Blame the field the author actually wrote: a floor above the default cap is the floor's fault.
    issues.push(
      config.cap === undefined
        ? { path: "floor", message: `must be at most the default cap ${formatNumber(cap)}` }
        : { path: "cap", message: `must be at least the floor ${formatNumber(floor)}` },
    );
  }
  return issues;
}

/**
 * Lists every reason the configuration cannot produce a finite score (empty when it is valid):
 * linear target = baseline, ratio target ≤ 0, range low > high or tolerance ≤ 0, a curve with fewer
 * than two points or duplicate values, empty or non-ascending bands, a rating scale with min ≥ max
 * or a target rating outside (min, max], floor > cap, and any non-finite number.
 */
export function validateScoringConfig(config: ScoringConfig): ScoringIssue[] {
  if (typeof config !== "object" || config === null) {
    return [{ path: "method", message: "a scoring configuration is required" }];
  }
  return [...validateMethod(config), ...validateClamp(config)];
}

/** Throws a ScoringConfigError carrying the issues when the configuration is degenerate. */
export function assertValidScoringConfig(config: ScoringConfig): void {
  const issues = validateScoringConfig(config);
  if (issues.length > 0) throw new ScoringConfigError(issues);
}
