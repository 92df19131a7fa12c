import type { LintRule, RuleFinding } from "../lint.types.js";

export const kpiDirectionRule: LintRule = {
  info: {
    id: "kpi.measurable.direction",
    severity: "error",
    scope: "kpi",
    description: "A KPI says whether a higher or a lower value is better.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { kpi, path } of ctx.kpis) {
      if (kpi.direction) continue;
      findings.push({
        path: `${path}.direction`,
        message: `KPI "${kpi.key}" does not say whether higher or lower is better`,
        hint: 'Set `direction` to "higher" or "lower".',
      });
    }
    return findings;
  },
};
