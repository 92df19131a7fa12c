import type { LintRule, RuleFinding } from "../lint.types.js";

export const frameworkDevelopmentRule: LintRule = {
  info: {
    id: "framework.development",
    severity: "warning",
    scope: "framework",
    description: "A role framework has at least one development KPI (learning or skills).",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { framework, path, assignments } of ctx.frameworks) {
      const known = assignments.filter((a) => a.kpi);
      if (known.length === 0 || known.some((a) => a.kpi?.categories.focus === "development")) continue;
      findings.push({
        path: `${path}.assignments`,
        message: `Framework for role "${framework.role}" has no development KPI`,
        hint: "Add a KPI with focus development, e.g. completion of an agreed learning plan or a certification.",
      });
    }
    return findings;
  },
};
