export { type AggregateResult, aggregate } from "./aggregate.js";
export { formatNumber, formatPercent } from "./format-number.js";
export { type RateResult, rate } from "./rate.js";
export {
  type RollUpInput,
  type RollUpItemInput,
  type RollUpItemResult,
  type RollUpResult,
  type RollUpSectionInput,
  type RollUpSectionResult,
  rollUp,
} from "./roll-up.js";
export { type ScoreKpiInput, type ScoreKpiResult, scoreKpi } from "./score-kpi.js";
export { scoreValue } from "./score-value.js";
export type { ExplainOption, ScoreResult, ScoringIssue } from "./scoring.types.js";
export { ScoringConfigError, ScoringInputError } from "./scoring-errors.js";
export { assertValidScoringConfig, validateScoringConfig } from "./validate-scoring-config.js";
