import type { LintRule, RuleFinding } from "../lint.types.js";

export const kpiRatingScaleRule: LintRule = {
  info: {
    id: "kpi.measurable.rating-scale",
    severity: "error",
    scope: "kpi",
    description:
      "A qualitative KPI has a rating scale (min below max) with at least two anchors, each inside the scale, describing what a rating means.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { kpi, path } of ctx.kpis) {
      if (kpi.categories.kind !== "qualitative") continue;
      const scale = kpi.ratingScale;
      if (!scale) {
        findings.push({
          path: `${path}.ratingScale`,
          message: `Qualitative KPI "${kpi.key}" has no rating scale`,
          hint: "Add `ratingScale` with `min`, `max` and `anchors` describing observable behaviour at each level (e.g. 1 = rarely, 3 = consistently, 5 = role model).",
        });
        continue;
      }
      if (scale.min >= scale.max) {
        findings.push({
          path: `${path}.ratingScale.max`,
          message: `The rating scale of KPI "${kpi.key}" runs from ${scale.min} to ${scale.max}; max must be above min`,
          hint: "Use e.g. min 1 and max 5.",
        });
        continue;
      }
      if (scale.anchors.length < 2) {
        findings.push({
          path: `${path}.ratingScale.anchors`,
          message: `The rating scale of KPI "${kpi.key}" has ${scale.anchors.length} anchor${scale.anchors.length === 1 ? "" : "s"}; raters need at least the lowest and highest described`,
          hint: "Add anchors with a description of what each rating looks like, at least for min and max.",
        });
      }
      scale.anchors.forEach((anchor, i) => {
        if (anchor.value >= scale.min && anchor.value <= scale.max) return;
        findings.push({
          path: `${path}.ratingScale.anchors[${i}].value`,
          message: `Anchor ${anchor.value} lies outside the scale ${scale.min}..${scale.max}`,
          hint: `Move the anchor into ${scale.min}..${scale.max} or widen the scale.`,
        });
      });
    }
    return findings;
  },
};
