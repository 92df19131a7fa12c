import type { LintRule, RuleFinding } from "../lint.types.js";

export const assignmentObjectiveRule: LintRule = {
  info: {
    id: "assignment.relevant.objective",
    severity: "warning",
    scope: "assignment",
    description: "Every assignment is linked to at least one strategic objective it serves.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const framework of ctx.frameworks) {
      for (const entry of framework.assignments) {
        if (entry.assignment.objectives.length > 0) continue;
        findings.push({
          path: `${entry.path}.objectives`,
          message: `KPI "${entry.assignment.kpi}" is not linked to any strategic objective`,
          hint: "Add the key of the objective this KPI moves to `objectives`; if it serves none, consider dropping it.",
        });
      }
    }
    return findings;
  },
};
