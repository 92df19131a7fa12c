import { formatNumber, formatOperand, formatPercent } from "./format-number.js";
import { linearFraction } from "./interpolate.js";
import { requireFinite } from "./require-finite.js";
import type { LinearScoringConfig, MethodResult, ScoringIssue } from "./scoring.types.js";

/** Degenerate linear configurations: the baseline and target must differ, or every value divides by zero. */
export function validateLinear(config: LinearScoringConfig): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  const baselineOk = requireFinite(issues, "baseline", config.baseline);
  const targetOk = requireFinite(issues, "target", config.target);
  if (config.stretch !== undefined) requireFinite(issues, "stretch", config.stretch);
  if (baselineOk && targetOk && config.baseline === config.target) {
    issues.push({ path: "target", message: `must differ from the baseline (${formatNumber(config.baseline)})` });
  }
  return issues;
}

/** (value − baseline) / (target − baseline); a target below the baseline means lower is better. */
export function scoreLinear(value: number, config: LinearScoringConfig, explain = true): MethodResult {
  const { baseline, target } = config;
  const raw = linearFraction(value, baseline, target);
  const direction = target < baseline ? " (lower is better: the target is below the baseline)" : "";
  return {
    raw,
    inputs: { value, baseline, target },
    explanation: explain
      ? [
          `linear${direction}: (${formatOperand(value)} − ${formatOperand(baseline)}) / (${formatOperand(target)} − ${formatOperand(baseline)}) = ${formatNumber(raw)} (${formatPercent(raw)})`,
        ]
      : [],
  };
}
