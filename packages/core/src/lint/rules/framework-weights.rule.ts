import { formatNumber } from "../format-number.js";
import type { LintRule, RuleFinding } from "../lint.types.js";

// Weights are percentages typed by people; tolerate float noise such as 33.33 + 33.33 + 33.34.
const EPSILON = 1e-6;

function sumHint(total: number, what: string): string {
  const gap = formatNumber(Math.abs(100 - total));
  return total < 100 ? `Add ${gap} to ${what} so they total 100.` : `Take ${gap} off ${what} so they total 100.`;
}

export const frameworkWeightsRule: LintRule = {
  info: {
    id: "framework.weights",
    severity: "error",
    scope: "framework",
    description:
      "Weights are not negative and sum to 100; with sections, the section weights sum to 100 and the weights inside each section sum to 100.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { framework, path, assignments } of ctx.frameworks) {
      if (assignments.length === 0) continue;
      for (const { assignment, path: aPath } of assignments) {
        if (assignment.weight >= 0) continue;
        findings.push({
          path: `${aPath}.weight`,
          message: `KPI "${assignment.kpi}" has a negative weight (${formatNumber(assignment.weight)})`,
          hint: "Use a weight between 0 and 100.",
        });
      }

      if (framework.sections.length === 0) {
        const total = assignments.reduce((sum, a) => sum + a.assignment.weight, 0);
        if (Math.abs(total - 100) <= EPSILON) continue;
        findings.push({
          path: `${path}.assignments`,
          message: `Weights sum to ${formatNumber(total)}, not 100`,
          hint: sumHint(total, "one or more KPI weights"),
        });
        continue;
      }

      const sectionTotal = framework.sections.reduce((sum, s) => sum + s.weight, 0);
      if (Math.abs(sectionTotal - 100) > EPSILON) {
        findings.push({
          path: `${path}.sections`,
          message: `Section weights sum to ${formatNumber(sectionTotal)}, not 100`,
          hint: sumHint(sectionTotal, "one or more section weights"),
        });
      }
      framework.sections.forEach((section, i) => {
        const items = assignments.filter((a) => a.assignment.section === section.key);
        if (items.length === 0) {
          if (section.weight === 0) return;
          findings.push({
            path: `${path}.sections[${i}]`,
            message: `Section "${section.key}" carries ${formatNumber(section.weight)}% of the score but has no KPIs`,
            hint: "Assign KPIs to the section, or remove it and redistribute its weight.",
          });
          return;
        }
        const total = items.reduce((sum, a) => sum + a.assignment.weight, 0);
        if (Math.abs(total - 100) <= EPSILON) return;
        findings.push({
          path: `${path}.sections[${i}]`,
          message: `Weights in section "${section.key}" sum to ${formatNumber(total)}, not 100`,
          hint: sumHint(total, `the weights of the KPIs in section "${section.key}"`),
        });
      });
    }
    return findings;
  },
};
