import type { LintRule, RuleFinding } from "../lint.types.js";

export const frameworkGoodhartRule: LintRule = {
  info: {
    id: "framework.goodhart",
    severity: "warning",
    scope: "framework",
    description:
      "A volume KPI has a quality counterweight in the same framework, so that hitting the number does not replace doing the work well (Goodhart's law).",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { framework, assignments } of ctx.frameworks) {
      if (assignments.some((a) => a.kpi?.balance === "quality")) continue;
      for (const { assignment, kpi, path } of assignments) {
        if (kpi?.balance !== "volume") continue;
        findings.push({
          path: `${path}.kpi`,
          message: `Volume KPI "${assignment.kpi}" has no quality counterweight in the framework for role "${framework.role}"`,
          hint: "Add a KPI with `balance: quality` that measures how well the work is done (e.g. error rate, customer satisfaction).",
        });
      }
    }
    return findings;
  },
};
