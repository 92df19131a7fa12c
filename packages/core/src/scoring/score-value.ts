import { DEFAULT_CAP, DEFAULT_FLOOR, type ScoringConfig } from "../model/scoring-config.schema.js";
import { scoreBands } from "./bands.method.js";
import { scoreBinary } from "./binary.method.js";
import { scoreCurve } from "./curve.method.js";
import { formatNumber, formatPercent } from "./format-number.js";
import { scoreLinear } from "./linear.method.js";
import { scoreRange } from "./range.method.js";
import { scoreRating } from "./rating.method.js";
import { scoreRatio } from "./ratio.method.js";
import type { ExplainOption, MethodResult, ScoreResult } from "./scoring.types.js";
import { ScoringInputError } from "./scoring-errors.js";
import { assertValidScoringConfig } from "./validate-scoring-config.js";

function scoreByMethod(value: number, config: ScoringConfig, explain: boolean): MethodResult {
  switch (config.method) {
    case "linear":
      return scoreLinear(value, config, explain);
    case "ratio":
      return scoreRatio(value, config, explain);
    case "range":
      return scoreRange(value, config, explain);
    case "binary":
      return scoreBinary(value, config, explain);
    case "curve":
      return scoreCurve(value, config, explain);
    case "bands":
      return scoreBands(value, config, explain);
    case "rating":
      return scoreRating(value, config, explain);
  }
}

/**
 * Scores one aggregated value with the configured method, then clamps to [floor, cap]
 * (defaults DEFAULT_FLOOR and DEFAULT_CAP). 1.0 means the target is exactly met.
 * With `{ explain: false }` the numbers are the same and the explanation is empty.
 * @throws ScoringConfigError when the configuration is degenerate (see validateScoringConfig)
 * @throws ScoringInputError when the value is not a finite number
 */
export function scoreValue(value: number, config: ScoringConfig, options: ExplainOption = {}): ScoreResult {
  const explain = options.explain ?? true;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ScoringInputError(`Cannot score ${String(value)}: the value must be a finite number`);
  }
  assertValidScoringConfig(config);
  const floor = config.floor ?? DEFAULT_FLOOR;
  const cap = config.cap ?? DEFAULT_CAP;
  const method = scoreByMethod(value, config, explain);
  const explanation = explain ? [...method.explanation] : method.explanation;
  let raw = method.raw;
  if (Number.isNaN(raw)) {
    // Validation and overflow-safe arithmetic should make this unreachable; refuse rather than store NaN.
    throw new ScoringInputError(`Cannot score ${formatNumber(value)}: the ${config.method} method produced no number`);
  }
  if (!Number.isFinite(raw)) {
    raw = raw > 0 ? cap : floor;
    if (explain) explanation.push(`The raw score is too large to represent; taken as ${formatNumber(raw)}`);
  }
  const score = Math.min(cap, Math.max(floor, raw));
  const clamped = score !== raw;
  if (explain) {
    if (raw > cap) explanation.push(`Clamped ${formatNumber(raw)} to the cap ${formatNumber(cap)}`);
    else if (raw < floor) explanation.push(`Clamped ${formatNumber(raw)} to the floor ${formatNumber(floor)}`);
    explanation.push(`Score: ${formatNumber(score)} (${formatPercent(score)})`);
  }
  return { raw, score, clamped, inputs: { ...method.inputs, floor, cap }, explanation };
}
