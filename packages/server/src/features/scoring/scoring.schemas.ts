import { aggregationSchema, scoringConfigSchema } from "@yardstick/core";
import { z } from "zod";

export const scoringPreviewBodySchema = z.strictObject({
  scoring: scoringConfigSchema,
  values: z
    .array(z.number().refine(Number.isFinite, "must be a finite number"))
    .max(10_000)
    .describe("The period's measurements, in time order"),
  aggregation: aggregationSchema,
});
export type ScoringPreviewBody = z.infer<typeof scoringPreviewBodySchema>;

export const scoringPreviewSchema = z.object({
  value: z.number().nullable().describe("The aggregated value; null when `values` is empty"),
  score: z.number().nullable().describe("The clamped score (1.0 = target met); null when `values` is empty"),
  explanation: z.array(z.string()).describe("Every step of the computation, in words"),
});
export type ScoringPreview = z.infer<typeof scoringPreviewSchema>;
