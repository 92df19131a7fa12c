import type { Row } from "../../db/database.js";
import type { ScorecardResult, ScorecardSummary } from "./scorecard-result.js";
import type { ScoreResponse } from "./scores.schemas.js";

/** What `scorecard_scores.result` holds: the explained result, or (after a batch recompute) its summary. */
export type StoredResult = ScorecardResult | ScorecardSummary;

/** The stored result of a scorecard; written by the recompute service from the engine's output. */
export function parseResult(row: Pick<Row<"scorecard_scores">, "result">): StoredResult {
  return JSON.parse(row.result) as StoredResult;
}

/** Whether a stored result is only the numbers (the explanation is rebuilt when someone opens it). */
export function isSummary(result: StoredResult): result is ScorecardSummary {
  return "summary" in result && result.summary === true;
}

/** The explained result of a row, or null when the row holds only a summary. */
export function explainedResult(row: Pick<Row<"scorecard_scores">, "result">): ScorecardResult | null {
  const result = parseResult(row);
  return isSummary(result) ? null : result;
}

/** Presents an explained result (callers rebuild summaries first; see scoreOfScorecard). */
export function presentScore(row: Row<"scorecard_scores">, result: ScorecardResult): ScoreResponse {
  return {
    scorecardId: row.scorecard_id,
    overall: result.overall,
    rating: result.rating,
    missingData: result.missingData,
    sections: result.sections,
    kpis: result.kpis.map((k) => ({
      kpi: k.kpi,
      name: k.name,
      unit: k.unit,
      section: k.section,
      aggregation: k.aggregation,
      method: k.method,
      value: k.value,
      target: k.target,
      score: k.score,
      measurementCount: k.measurementCount,
      weight: k.weight,
      effectiveWeight: k.effectiveWeight,
      contribution: k.contribution,
      overridden: k.overridden,
      explanation: k.explanation,
    })),
    explanation: result.explanation,
    computedAt: row.computed_at,
  };
}
