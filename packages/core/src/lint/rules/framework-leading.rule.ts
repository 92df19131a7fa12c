import type { LintRule, RuleFinding } from "../lint.types.js";

export const frameworkLeadingRule: LintRule = {
  info: {
    id: "framework.leading",
    severity: "warning",
    scope: "framework",
    description: "A role framework has at least one leading KPI (an early signal people can act on).",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { framework, path, assignments } of ctx.frameworks) {
      const known = assignments.filter((a) => a.kpi);
      if (known.length === 0 || known.some((a) => a.kpi?.categories.timing === "leading")) continue;
      findings.push({
        path: `${path}.assignments`,
        message: `Framework for role "${framework.role}" has only lagging KPIs`,
        hint: "Add a leading KPI that predicts the results, e.g. qualified pipeline, or activity that drives outcomes.",
      });
    }
    return findings;
  },
};
