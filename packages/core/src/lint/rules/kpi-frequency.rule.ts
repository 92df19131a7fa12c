import type { LintRule, RuleFinding } from "../lint.types.js";

export const kpiFrequencyRule: LintRule = {
  info: {
    id: "kpi.timebound.frequency",
    severity: "warning",
    scope: "kpi",
    description: "A KPI states how often it is measured (weekly, monthly, quarterly...).",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { kpi, path } of ctx.kpis) {
      if (kpi.frequency) continue;
      findings.push({
        path: `${path}.frequency`,
        message: `KPI "${kpi.key}" has no measurement frequency`,
        hint: 'Set `frequency` to "weekly", "monthly", "quarterly", "half-yearly" or "yearly".',
      });
    }
    return findings;
  },
};
