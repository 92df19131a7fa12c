import type { LintRule, RuleFinding } from "../lint.types.js";

/** Fewer words than this cannot say what is measured, how, and why. */
export const MIN_DESCRIPTION_WORDS = 5;

export const kpiDescriptionRule: LintRule = {
  info: {
    id: "kpi.specific.description",
    severity: "warning",
    scope: "kpi",
    description: `A KPI has a real description (at least ${MIN_DESCRIPTION_WORDS} words) saying what is measured.`,
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { kpi, path } of ctx.kpis) {
      const description = kpi.description?.trim() ?? "";
      if (description === "") {
        findings.push({
          path: `${path}.description`,
          message: `KPI "${kpi.key}" has no description`,
          hint: "Describe what is counted or measured, how, and why it matters, in one or two sentences.",
        });
        continue;
      }
      const words = description.split(/\s+/).length;
      if (words < MIN_DESCRIPTION_WORDS) {
        findings.push({
          path: `${path}.description`,
          message: `The description of KPI "${kpi.key}" has ${words} word${words === 1 ? "" : "s"}, too short to be specific`,
          hint: "Say what is counted or measured, over which period, and from which source.",
        });
      }
    }
    return findings;
  },
};
