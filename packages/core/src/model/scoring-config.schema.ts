import { z } from "zod";

/**
 * How an aggregated KPI value becomes a score (1.0 = target exactly met).
 * The parameter names are part of the public API (`POST /api/v1/scoring/preview`)
 * and of the framework file format, so they are flat and match domain.md.
 */

export const directionSchema = z.enum(["higher", "lower"]).describe("Whether a higher or a lower value is better");
export type Direction = z.infer<typeof directionSchema>;

export const aggregationSchema = z
  .enum(["sum", "average", "last", "min", "max", "count"])
  .describe("How the measurements of one period combine into one value");
export type Aggregation = z.infer<typeof aggregationSchema>;

const finite = z.number().refine(Number.isFinite, "must be a finite number");

/** Clamp bounds shared by every method. Defaults: floor 0, cap 1.2. */
const clampFields = {
  floor: finite.optional().describe("Lowest score after clamping (default 0)"),
  cap: finite.optional().describe("Highest score after clamping (default 1.2)"),
};

export const linearScoringSchema = z
  .strictObject({
    method: z.literal("linear"),
    baseline: finite.describe("Value that scores 0"),
    target: finite.describe("Value that scores 1.0; below the baseline means lower is better"),
    stretch: finite.optional().describe("Ambitious value beyond the target (informational, checked by lint)"),
    ...clampFields,
  })
  .describe("(value − baseline) / (target − baseline)");

export const ratioScoringSchema = z
  .strictObject({
    method: z.literal("ratio"),
    target: finite,
    direction: directionSchema,
    stretch: finite.optional(),
    ...clampFields,
  })
  .describe("value / target, or target / value when lower is better");

export const rangeScoringSchema = z
  .strictObject({
    method: z.literal("range"),
    low: finite,
    high: finite,
    tolerance: finite.describe("Distance outside [low, high] at which the score reaches 0"),
    ...clampFields,
  })
  .describe("1 inside [low, high], falling linearly to 0 at `tolerance` outside");

export const binaryScoringSchema = z
  .strictObject({
    method: z.literal("binary"),
    target: finite,
    direction: directionSchema,
    ...clampFields,
  })
  .describe("1 when the target is met, else 0");

export const curvePointSchema = z.tuple([finite, finite]).describe("[value, score]");

export const curveScoringSchema = z
  .strictObject({
    method: z.literal("curve"),
    points: z.array(curvePointSchema).describe("At least two points with distinct values, in either order"),
    ...clampFields,
  })
  .describe("Piecewise-linear through the points; the end score beyond the ends");

export const bandSchema = z.strictObject({
  from: finite.describe("Lowest value of the band (inclusive)"),
  score: finite,
  label: z.string().max(200).optional(),
});

export const bandsScoringSchema = z
  .strictObject({
    method: z.literal("bands"),
    bands: z.array(bandSchema).describe("Bands ordered by `from`, ascending"),
    ...clampFields,
  })
  .describe("Step function: the score of the highest band whose `from` the value reaches");

export const ratingScaleRangeSchema = z.strictObject({
  min: finite,
  max: finite,
});

export const ratingScoringSchema = z
  .strictObject({
    method: z.literal("rating"),
    scale: ratingScaleRangeSchema,
    targetRating: finite.describe("Rating that scores 1.0"),
    ...clampFields,
  })
  .describe("Qualitative: linear from the scale's minimum (0) to the target rating (1.0)");

export const scoringConfigSchema = z.discriminatedUnion("method", [
  linearScoringSchema,
  ratioScoringSchema,
  rangeScoringSchema,
  binaryScoringSchema,
  curveScoringSchema,
  bandsScoringSchema,
  ratingScoringSchema,
]);

export type ScoringConfig = z.infer<typeof scoringConfigSchema>;
export type ScoringMethod = ScoringConfig["method"];
export const scoringMethods = [
  "linear",
  "ratio",
  "range",
  "binary",
  "curve",
  "bands",
  "rating",
] as const satisfies readonly ScoringMethod[];

export const DEFAULT_FLOOR = 0;
export const DEFAULT_CAP = 1.2;
