import { DEFAULT_CAP } from "../model/scoring-config.schema.js";
import { formatNumber, formatOperand, formatPercent } from "./format-number.js";
import { requireFinite } from "./require-finite.js";
import type { MethodResult, RatioScoringConfig, ScoringIssue } from "./scoring.types.js";

/** A ratio needs a positive target: 0 divides by zero, and a negative target inverts "better". */
export function validateRatio(config: RatioScoringConfig): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  if (requireFinite(issues, "target", config.target) && config.target <= 0) {
    issues.push({ path: "target", message: "must be greater than 0 for the ratio method" });
  }
  if (config.stretch !== undefined) requireFinite(issues, "stretch", config.stretch);
  if (config.direction !== "higher" && config.direction !== "lower") {
    issues.push({ path: "direction", message: 'must be "higher" or "lower"' });
  }
  return issues;
}

/** value / target when higher is better, target / value when lower is better. */
export function scoreRatio(value: number, config: RatioScoringConfig, explain = true): MethodResult {
  const { target, direction } = config;
  const inputs = { value, target };
  if (direction === "higher") {
    const raw = value / target;
    return {
      raw,
      inputs,
      explanation: explain
        ? [
            `ratio (higher is better): ${formatOperand(value)} / ${formatOperand(target)} = ${formatNumber(raw)} (${formatPercent(raw)})`,
          ]
        : [],
    };
  }
  if (value <= 0) {
    // target / 0 would be Infinity, and a negative value would flip the sign although it is even lower;
    // nothing can beat a value at or below zero when lower is better, so it earns the cap.
    const cap = config.cap ?? DEFAULT_CAP;
    return {
      raw: cap,
      inputs,
      explanation: explain
        ? [
            `ratio (lower is better): ${formatNumber(value)} is at or below 0, better than any positive value; scored at the cap ${formatNumber(cap)} instead of dividing by ${formatNumber(value)}`,
          ]
        : [],
    };
  }
  const raw = target / value;
  return {
    raw,
    inputs,
    explanation: explain
      ? [
          `ratio (lower is better): ${formatOperand(target)} / ${formatOperand(value)} = ${formatNumber(raw)} (${formatPercent(raw)})`,
        ]
      : [],
  };
}
