import type { LintRule, RuleFinding } from "../lint.types.js";

export const kpiAggregationRule: LintRule = {
  info: {
    id: "kpi.measurable.aggregation",
    severity: "error",
    scope: "kpi",
    description: "A KPI says how the measurements of one period combine into one value.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { kpi, path } of ctx.kpis) {
      if (kpi.aggregation) continue;
      findings.push({
        path: `${path}.aggregation`,
        message: `KPI "${kpi.key}" does not say how a period's measurements combine`,
        hint: 'Set `aggregation` to "sum", "average", "last", "min", "max" or "count" (e.g. "sum" for revenue, "average" for a satisfaction score).',
      });
    }
    return findings;
  },
};
