import { formatNumber } from "./format-number.js";
import { requireFinite } from "./require-finite.js";
import type { BinaryScoringConfig, MethodResult, ScoringIssue } from "./scoring.types.js";

/** A binary target needs a finite target and a known direction. */
export function validateBinary(config: BinaryScoringConfig): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  requireFinite(issues, "target", config.target);
  if (config.direction !== "higher" && config.direction !== "lower") {
    issues.push({ path: "direction", message: 'must be "higher" or "lower"' });
  }
  return issues;
}

/** 1 when the target is met (value ≥ target, or ≤ when lower is better), else 0. */
export function scoreBinary(value: number, config: BinaryScoringConfig, explain = true): MethodResult {
  const { target, direction } = config;
  const met = direction === "higher" ? value >= target : value <= target;
  const comparison = direction === "higher" ? (met ? "≥" : "<") : met ? "≤" : ">";
  const raw = met ? 1 : 0;
  return {
    raw,
    inputs: { value, target },
    explanation: explain
      ? [
          `binary (${direction} is better): ${formatNumber(value)} ${comparison} target ${formatNumber(target)}: ${met ? "met, 1 (100%)" : "not met, 0 (0%)"}`,
        ]
      : [],
  };
}
