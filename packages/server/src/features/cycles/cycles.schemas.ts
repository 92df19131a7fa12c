import { keySchema } from "@yardstick/core";
import { z } from "zod";
import { isoDateField } from "./date.schemas.js";

export const cadenceSchema = z
  .enum(["quarterly", "half-yearly", "yearly", "custom"])
  .describe("quarterly, half-yearly and yearly derive the end date from the start; custom takes endDate");
export const cycleStatusSchema = z.enum(["draft", "open", "closed"]);

export const subPeriodSchema = z.strictObject({
  key: keySchema,
  label: z.string().trim().min(1).max(100),
  start: isoDateField,
  end: isoDateField,
});

export const cycleResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  cadence: cadenceSchema,
  startDate: z.string(),
  endDate: z.string(),
  status: cycleStatusSchema,
  subPeriods: z.array(z.object({ key: z.string(), label: z.string(), start: z.string(), end: z.string() })),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CycleResponse = z.infer<typeof cycleResponseSchema>;

export const cycleListSchema = z.object({ items: z.array(cycleResponseSchema) });

export const listCyclesQuerySchema = z.strictObject({ status: cycleStatusSchema.optional() });

const nameField = z.string().trim().min(1).max(200);
const subPeriodsField = z
  .array(subPeriodSchema)
  .min(1)
  .max(60)
  .describe("Measurement sub-periods inside the cycle, in date order, not overlapping (default: months)");

export const createCycleBodySchema = z.strictObject({
  name: nameField,
  cadence: cadenceSchema,
  startDate: isoDateField,
  endDate: isoDateField.optional().describe("Required for custom; otherwise derived (and must match if given)"),
  subPeriods: subPeriodsField.optional(),
});
export type CreateCycleBody = z.infer<typeof createCycleBodySchema>;

export const updateCycleBodySchema = z.strictObject({
  name: nameField.optional(),
  cadence: cadenceSchema.optional(),
  startDate: isoDateField.optional(),
  endDate: isoDateField.optional(),
  subPeriods: subPeriodsField
    .optional()
    .describe("Replaces the sub-periods; changed dates without subPeriods regenerate monthly ones"),
});
export type UpdateCycleBody = z.infer<typeof updateCycleBodySchema>;

export const openCycleResultSchema = z.object({
  cycle: cycleResponseSchema,
  created: z.number().int().describe("Scorecards created"),
  skipped: z
    .array(z.object({ employeeId: z.string(), employeeName: z.string(), reason: z.string() }))
    .describe("Active employees who got no scorecard, and why"),
});
export type OpenCycleResult = z.infer<typeof openCycleResultSchema>;

export const cycleIdParamsSchema = z.object({ id: z.uuid("must be a UUID") });
