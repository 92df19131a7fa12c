import { formatNumber, formatOperand, formatPercent } from "./format-number.js";
import { requireFinite } from "./require-finite.js";
import type { MethodResult, RangeScoringConfig, ScoringIssue } from "./scoring.types.js";

/** A range needs low ≤ high and a positive tolerance (the distance at which the score reaches 0). */
export function validateRange(config: RangeScoringConfig): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  const lowOk = requireFinite(issues, "low", config.low);
  const highOk = requireFinite(issues, "high", config.high);
  if (lowOk && highOk && config.low > config.high) {
    issues.push({ path: "high", message: `must be at least low (${formatNumber(config.low)})` });
  }
  if (requireFinite(issues, "tolerance", config.tolerance) && config.tolerance <= 0) {
    issues.push({ path: "tolerance", message: "must be greater than 0" });
  }
  return issues;
}

/** 1 inside [low, high]; outside, 1 − distance / tolerance (reaching 0 at `tolerance` away). */
export function scoreRange(value: number, config: RangeScoringConfig, explain = true): MethodResult {
  const { low, high, tolerance } = config;
  const inputs = { value, low, high, tolerance };
  const range = explain ? `[${formatNumber(low)}, ${formatNumber(high)}]` : "";
  if (value >= low && value <= high) {
    return {
      raw: 1,
      inputs,
      explanation: explain ? [`range: ${formatNumber(value)} is inside ${range}: 1 (100%)`] : [],
    };
  }
  const below = value < low;
  const distance = below ? low - value : value - high;
  const raw = 1 - distance / tolerance;
  const edge = !explain ? "" : below ? `low ${formatNumber(low)}` : `high ${formatNumber(high)}`;
  return {
    raw,
    inputs,
    explanation: explain
      ? [
          `range: ${formatNumber(value)} is ${formatNumber(distance)} ${below ? "below" : "above"} ${range} (${edge}); 1 − ${formatOperand(distance)} / ${formatOperand(tolerance)} = ${formatNumber(raw)} (${formatPercent(raw)})`,
        ]
      : [],
  };
}
