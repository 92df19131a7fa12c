import type { LintRule, RuleFinding } from "../lint.types.js";

export const frameworkDuplicateKpiRule: LintRule = {
  info: {
    id: "framework.duplicate-kpi",
    severity: "error",
    scope: "framework",
    description: "A KPI appears at most once in a role framework.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { framework, assignments } of ctx.frameworks) {
      const firstAt = new Map<string, number>();
      for (const { assignment, index, path } of assignments) {
        const first = firstAt.get(assignment.kpi);
        if (first === undefined) {
          firstAt.set(assignment.kpi, index);
          continue;
        }
        findings.push({
          path: `${path}.kpi`,
          message: `KPI "${assignment.kpi}" appears twice in the framework for role "${framework.role}" (also at assignments[${first}])`,
          hint: "Remove one of them and add its weight to the other.",
        });
      }
    }
    return findings;
  },
};
