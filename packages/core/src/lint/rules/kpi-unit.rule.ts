import type { LintRule, RuleFinding } from "../lint.types.js";

export const kpiUnitRule: LintRule = {
  info: {
    id: "kpi.measurable.unit",
    severity: "error",
    scope: "kpi",
    description: "A KPI states the unit of its values (EUR, %, count, days, rating...).",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { kpi, path } of ctx.kpis) {
      if (kpi.unit?.trim()) continue;
      findings.push({
        path: `${path}.unit`,
        message: `KPI "${kpi.key}" has no unit`,
        hint: 'Set `unit`, e.g. "EUR", "%", "count", "days" or "rating".',
      });
    }
    return findings;
  },
};
