import { formatNumber } from "../format-number.js";
import type { LintRule, RuleFinding } from "../lint.types.js";

export const MIN_WEIGHT = 5;

export const frameworkMinWeightRule: LintRule = {
  info: {
    id: "framework.min-weight",
    severity: "warning",
    scope: "framework",
    description: `Each KPI carries at least ${MIN_WEIGHT}% of the overall score (with sections: section weight × weight in section).`,
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { framework, assignments } of ctx.frameworks) {
      const sectionWeight = new Map(framework.sections.map((s) => [s.key, s.weight]));
      const sectioned = framework.sections.length > 0;
      for (const { assignment, path } of assignments) {
        // Negative weights are framework.weights errors; unknown sections are reference errors.
        if (assignment.weight < 0) continue;
        let effective = assignment.weight;
        if (sectioned) {
          const weight = assignment.section === undefined ? undefined : sectionWeight.get(assignment.section);
          if (weight === undefined) continue;
          effective = (weight * assignment.weight) / 100;
        }
        if (effective >= MIN_WEIGHT) continue;
        findings.push({
          path: `${path}.weight`,
          message: sectioned
            ? `KPI "${assignment.kpi}" carries ${formatNumber(effective)}% of the overall score (section ${formatNumber(sectionWeight.get(assignment.section as string) ?? 0)}% × ${formatNumber(assignment.weight)}%), below ${MIN_WEIGHT}%`
            : `KPI "${assignment.kpi}" has weight ${formatNumber(assignment.weight)}, below ${MIN_WEIGHT}`,
          hint: `Raise it to at least ${MIN_WEIGHT}% or drop the KPI; below that it barely moves the score.`,
        });
      }
    }
    return findings;
  },
};
