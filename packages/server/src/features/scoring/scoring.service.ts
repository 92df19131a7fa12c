import { ScoringConfigError, ScoringInputError, scoreKpi } from "@yardstick/core";
import { badRequest } from "../../http/http-errors.js";
import type { ScoringPreview, ScoringPreviewBody } from "./scoring.schemas.js";

/** Scores sample values with a configuration, turning the engine's refusals into 400s that name the field. */
export function previewScoring(body: ScoringPreviewBody): ScoringPreview {
  try {
    return scoreKpi({ values: body.values, aggregation: body.aggregation, scoring: body.scoring });
  } catch (error) {
    if (error instanceof ScoringConfigError) {
      const issues = error.issues.map((issue) => ({ path: `scoring.${issue.path}`, message: issue.message }));
      const first = issues[0];
      throw badRequest(
        first ? `Invalid scoring configuration: ${first.path} ${first.message}.` : "Invalid scoring configuration.",
        issues,
      );
    }
    if (error instanceof ScoringInputError)
      throw badRequest(`Invalid values: ${error.message}`, [{ path: "values", message: error.message }]);
    throw error;
  }
}
