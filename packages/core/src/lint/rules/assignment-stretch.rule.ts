import { formatNumber } from "../format-number.js";
import type { LintRule, RuleFinding } from "../lint.types.js";
import { scoringTarget } from "../scoring-target.js";

export const assignmentStretchRule: LintRule = {
  info: {
    id: "assignment.achievable.stretch",
    severity: "warning",
    scope: "assignment",
    description: "Where a stretch value is given, it lies beyond the target in the direction of improvement.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const framework of ctx.frameworks) {
      for (const entry of framework.assignments) {
        const scoring = entry.assignment.scoring;
        if (scoring.method !== "linear" && scoring.method !== "ratio") continue;
        if (scoring.stretch === undefined) continue;
        const goal = scoringTarget(scoring, entry.kpi);
        // A blank number (the editor passes NaN while a field is empty) is the scoring rules' finding, not this one.
        if (!goal || !Number.isFinite(goal.target) || !Number.isFinite(scoring.stretch)) continue;
        const beyond = goal.direction === "higher" ? scoring.stretch > goal.target : scoring.stretch < goal.target;
        if (beyond) continue;
        const side = goal.direction === "higher" ? "above" : "below";
        findings.push({
          path: `${entry.path}.scoring.stretch`,
          message: `KPI "${entry.assignment.kpi}": stretch ${formatNumber(scoring.stretch)} is not ${side} the target ${formatNumber(goal.target)} (${goal.direction} is better)`,
          hint: `Set the stretch ${side} ${formatNumber(goal.target)}, or remove it.`,
        });
      }
    }
    return findings;
  },
};
