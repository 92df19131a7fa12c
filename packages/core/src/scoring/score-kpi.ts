import type { Aggregation, ScoringConfig } from "../model/scoring-config.schema.js";
import { aggregate } from "./aggregate.js";
import { scoreValue } from "./score-value.js";
import { assertValidScoringConfig } from "./validate-scoring-config.js";

export interface ScoreKpiInput {
  /** The period's measurements, in time order (matters for `last`). */
  values: number[];
  aggregation: Aggregation;
  scoring: ScoringConfig;
  /** false: same numbers, empty explanation (see ExplainOption). */
  explain?: boolean;
}

export interface ScoreKpiResult {
  /** Aggregated value; null when there is no data. */
  value: number | null;
  /** Clamped score; null when there is no data. */
  score: number | null;
  explanation: string[];
}

/**
 * Aggregates a KPI's measurements for one period and scores the result.
 * @throws ScoringConfigError for a degenerate configuration, even when there is no data
 * @throws ScoringInputError for non-finite measurements
 */
export function scoreKpi({ values, aggregation, scoring, explain = true }: ScoreKpiInput): ScoreKpiResult {
  // Checked up front so a broken configuration surfaces even in a period without data.
  assertValidScoringConfig(scoring);
  const aggregated = aggregate(values, aggregation, { explain });
  if (aggregated.value === null) {
    return {
      value: null,
      score: null,
      explanation: explain ? [...aggregated.explanation, "No data, so no score"] : [],
    };
  }
  const scored = scoreValue(aggregated.value, scoring, { explain });
  return {
    value: aggregated.value,
    score: scored.score,
    explanation: explain ? [...aggregated.explanation, ...scored.explanation] : [],
  };
}
