import { kpiRatingScaleSchema } from "@yardstick/core";

/**
 * The model's rating scale plus the checks a stored KPI needs: a scale that goes somewhere
 * (min < max) and anchors that sit on it, once each. Issues name the exact field.
 */
export const validRatingScaleSchema = kpiRatingScaleSchema.superRefine((scale, check) => {
  if (scale.min >= scale.max) {
    check.addIssue({ code: "custom", path: ["max"], message: `must be greater than min (${scale.min})` });
    return;
  }
  const seen = new Set<number>();
  scale.anchors.forEach((anchor, index) => {
    if (anchor.value < scale.min || anchor.value > scale.max) {
      check.addIssue({
        code: "custom",
        path: ["anchors", index, "value"],
        message: `must be within the scale ${scale.min}..${scale.max}`,
      });
    } else if (seen.has(anchor.value)) {
      check.addIssue({
        code: "custom",
        path: ["anchors", index, "value"],
        message: `${anchor.value} already has an anchor; give each value one description`,
      });
    }
    seen.add(anchor.value);
  });
});
