import type { LintRule, RuleFinding } from "../lint.types.js";

export const assignmentResponsibilityRule: LintRule = {
  info: {
    id: "assignment.relevant.responsibility",
    severity: "warning",
    scope: "assignment",
    description: "Every assignment is linked to one of the role's responsibilities.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const framework of ctx.frameworks) {
      const hasResponsibilities = (framework.role?.responsibilities.length ?? 0) > 0;
      for (const entry of framework.assignments) {
        if (entry.assignment.responsibility !== undefined) continue;
        findings.push({
          path: `${entry.path}.responsibility`,
          message: `KPI "${entry.assignment.kpi}" is not linked to a responsibility of role "${framework.framework.role}"`,
          hint: hasResponsibilities
            ? "Set `responsibility` to the key of the role responsibility this KPI measures."
            : "Add responsibilities to the role, then set `responsibility` to the one this KPI measures.",
        });
      }
    }
    return findings;
  },
};
