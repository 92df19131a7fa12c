import { scoringTarget } from "../lint/scoring-target.js";
import type { Direction, ScoringConfig } from "../model/scoring-config.schema.js";
import { assessTarget, type TargetAssessment } from "../realism/assess-target.js";

export interface AssignmentRealism extends TargetAssessment {
  /** The target that was judged (the target rating for rating scales). */
  target: number;
  direction: Direction;
  /** The scoring field that holds the target, for applying the suggested one. */
  field: "target" | "targetRating";
}

/**
 * Target realism of one assignment's scoring against the KPI's history: the same target and
 * direction the lint rule `assignment.achievable.realism` judges (linear infers the direction
 * from baseline → target; range, curve and bands have no single target and give null). Null too
 * without history or with a blank (non-finite) target, as it is while someone is typing.
 */
export function assessAssignmentTarget(
  scoring: ScoringConfig,
  kpiDirection: Direction | null | undefined,
  history: readonly number[] | undefined,
): AssignmentRealism | null {
  if (!history || history.length === 0) return null;
  let goal = scoringTarget(scoring, undefined);
  if (!goal && scoring.method === "linear" && kpiDirection) {
    goal = { target: scoring.target, direction: kpiDirection, field: "target" };
  }
  if (!goal || !Number.isFinite(goal.target)) return null;
  const assessment = assessTarget({ history: [...history], target: goal.target, direction: goal.direction });
  return assessment && { ...assessment, target: goal.target, direction: goal.direction, field: goal.field };
}
