import { formatNumber, formatOperand, formatPercent } from "./format-number.js";
import { linearFraction } from "./interpolate.js";
import { requireFinite } from "./require-finite.js";
import type { MethodResult, RatingScoringConfig, ScoringIssue } from "./scoring.types.js";

/** A rating scale needs min < max, and the target rating must lie in (min, max]. */
export function validateRating(config: RatingScoringConfig): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  const scale: unknown = config.scale;
  if (typeof scale !== "object" || scale === null) {
    issues.push({ path: "scale", message: "needs a min and a max" });
    requireFinite(issues, "targetRating", config.targetRating);
    return issues;
  }
  const minOk = requireFinite(issues, "scale.min", config.scale.min);
  const maxOk = requireFinite(issues, "scale.max", config.scale.max);
  const targetOk = requireFinite(issues, "targetRating", config.targetRating);
  if (!minOk || !maxOk) return issues;
  const { min, max } = config.scale;
  if (min >= max) {
    issues.push({ path: "scale.max", message: `must be greater than scale.min (${formatNumber(min)})` });
    return issues;
  }
  if (targetOk && (config.targetRating <= min || config.targetRating > max)) {
    issues.push({
      path: "targetRating",
      message: `must be above the scale's minimum ${formatNumber(min)} and at most its maximum ${formatNumber(max)}`,
    });
  }
  return issues;
}

/** Qualitative: linear from the scale's minimum (score 0) to the target rating (score 1.0). */
export function scoreRating(value: number, config: RatingScoringConfig, explain = true): MethodResult {
  const { scale, targetRating } = config;
  const raw = linearFraction(value, scale.min, targetRating);
  const outside =
    explain && (value < scale.min || value > scale.max)
      ? [`rating ${formatNumber(value)} lies outside the scale ${formatNumber(scale.min)}..${formatNumber(scale.max)}`]
      : [];
  return {
    raw,
    inputs: { value, scaleMin: scale.min, scaleMax: scale.max, targetRating },
    explanation: explain
      ? [
          ...outside,
          `rating: (${formatOperand(value)} − ${formatOperand(scale.min)}) / (${formatOperand(targetRating)} − ${formatOperand(scale.min)}) = ${formatNumber(raw)} (${formatPercent(raw)})`,
        ]
      : [],
  };
}
