import type { Row } from "../../db/database.js";
import type { ScorecardResult } from "./scorecard-result.js";
import type { ScoreResponse } from "./scores.schemas.js";

/** The stored result of a scorecard; written by recomputeScorecards from the engine's output. */
export function parseResult(row: Pick<Row<"scorecard_scores">, "result">): ScorecardResult {
  return JSON.parse(row.result) as ScorecardResult;
}

export function presentScore(row: Row<"scorecard_scores">): ScoreResponse {
  const result = parseResult(row);
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
