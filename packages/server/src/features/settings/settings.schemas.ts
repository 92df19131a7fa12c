import { ratingBandSchema } from "@yardstick/core";
import { z } from "zod";

export const settingsSchema = z.object({
  disabledRules: z.array(z.string()).describe("Lint rule ids switched off for this organization"),
  ratingScale: z
    .array(ratingBandSchema)
    .describe("Bands mapping an overall score (1.0 = 100%) to a rating, ascending by `from`"),
});
export type SettingsResponse = z.infer<typeof settingsSchema>;

export const updateSettingsBodySchema = z.strictObject({
  disabledRules: z.array(z.string().max(100)).max(100),
  ratingScale: z.array(ratingBandSchema).min(1, "needs at least one band").max(20),
});
export type UpdateSettingsBody = z.infer<typeof updateSettingsBodySchema>;
