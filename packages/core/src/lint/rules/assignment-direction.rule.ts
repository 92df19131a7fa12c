import type { LintRule, RuleFinding } from "../lint.types.js";
import { scoringTarget } from "../scoring-target.js";

export const assignmentDirectionRule: LintRule = {
  info: {
    id: "assignment.direction",
    severity: "warning",
    scope: "assignment",
    description:
      "The scoring config rewards the same direction as the KPI (a linear target below the baseline means lower is better).",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const framework of ctx.frameworks) {
      for (const entry of framework.assignments) {
        const kpiDirection = entry.kpi?.direction;
        const scoring = entry.assignment.scoring;
        if (!kpiDirection || scoring.method === "rating") continue;
        const goal = scoringTarget(scoring, entry.kpi);
        if (!goal || goal.direction === kpiDirection) continue;
        const field = scoring.method === "linear" ? "target" : "direction";
        findings.push({
          path: `${entry.path}.scoring.${field}`,
          message: `KPI "${entry.assignment.kpi}" is ${kpiDirection}-is-better, but its scoring rewards ${goal.direction} values`,
          hint:
            scoring.method === "linear"
              ? `Put the target ${kpiDirection === "higher" ? "above" : "below"} the baseline, or correct the KPI's direction.`
              : `Set the scoring direction to "${kpiDirection}", or correct the KPI's direction.`,
        });
      }
    }
    return findings;
  },
};
