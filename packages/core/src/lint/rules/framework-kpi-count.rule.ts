import type { LintRule, RuleFinding } from "../lint.types.js";

export const MIN_KPIS = 3;
export const MAX_KPIS = 8;

export const frameworkKpiCountRule: LintRule = {
  info: {
    id: "framework.kpi-count",
    severity: "warning",
    scope: "framework",
    description: `A role framework has ${MIN_KPIS} to ${MAX_KPIS} KPIs: fewer miss parts of the role, more dilute focus.`,
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { framework, path, assignments } of ctx.frameworks) {
      const count = assignments.length;
      if (count >= MIN_KPIS && count <= MAX_KPIS) continue;
      findings.push({
        path: `${path}.assignments`,
        message: `Framework for role "${framework.role}" has ${count} KPI${count === 1 ? "" : "s"}; aim for ${MIN_KPIS} to ${MAX_KPIS}`,
        hint:
          count < MIN_KPIS
            ? "Add KPIs for the role's main responsibilities, including a leading and a development KPI."
            : "Drop or merge the KPIs with the smallest weights so people can focus.",
      });
    }
    return findings;
  },
};
