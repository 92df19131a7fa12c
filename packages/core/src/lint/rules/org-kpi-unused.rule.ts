import type { LintRule, RuleFinding } from "../lint.types.js";

export const orgKpiUnusedRule: LintRule = {
  info: {
    id: "org.kpi-unused",
    severity: "info",
    scope: "organization",
    description: "Every KPI in the library is used by some role framework.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    if (!ctx.wholeOrganization) return findings;
    const used = new Set<string>();
    for (const framework of ctx.doc.frameworks) for (const a of framework.assignments) used.add(a.kpi);
    ctx.doc.kpis.forEach((kpi, i) => {
      if (used.has(kpi.key)) return;
      findings.push({
        path: `kpis[${i}]`,
        message: `KPI "${kpi.key}" is not used by any framework`,
        hint: "Assign it to a role's framework, or remove it from the library if nobody needs it.",
      });
    });
    return findings;
  },
};
