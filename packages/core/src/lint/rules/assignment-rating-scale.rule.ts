import type { LintRule, RuleFinding } from "../lint.types.js";

export const assignmentRatingScaleRule: LintRule = {
  info: {
    id: "assignment.rating-scale",
    severity: "warning",
    scope: "assignment",
    description: "A rating scoring method uses the same scale as the KPI's anchored rating scale.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const framework of ctx.frameworks) {
      for (const entry of framework.assignments) {
        const scoring = entry.assignment.scoring;
        const kpiScale = entry.kpi?.ratingScale;
        if (scoring.method !== "rating" || !kpiScale) continue;
        if (scoring.scale.min === kpiScale.min && scoring.scale.max === kpiScale.max) continue;
        findings.push({
          path: `${entry.path}.scoring.scale`,
          message: `Scoring scale ${scoring.scale.min}..${scoring.scale.max} differs from the rating scale ${kpiScale.min}..${kpiScale.max} of KPI "${entry.assignment.kpi}"`,
          hint: `Set the scoring scale to min ${kpiScale.min} and max ${kpiScale.max}, so ratings mean what the anchors say.`,
        });
      }
    }
    return findings;
  },
};
