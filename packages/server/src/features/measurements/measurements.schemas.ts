import { keySchema } from "@yardstick/core";
import { z } from "zod";
import { isoDateField } from "../cycles/date.schemas.js";
import { scoreResponseSchema } from "../scores/scores.schemas.js";

export const measurementSourceSchema = z
  .enum(["manual", "import", "api"])
  .describe("manual: entered in the app; import: a file import; api: an integration (hr/admin)");

export const measurementSchema = z.object({
  id: z.string(),
  scorecardId: z.string(),
  kpi: z.string(),
  period: z.string().describe("Sub-period key of the cycle"),
  date: z.string().nullable().describe("Date of the value; null when it stands for the whole sub-period"),
  value: z.number(),
  source: measurementSourceSchema,
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  comment: z.string().nullable(),
  recordedAt: z.string(),
});
export type MeasurementJson = z.infer<typeof measurementSchema>;

export const historyEntrySchema = measurementSchema.extend({
  supersededAt: z.string(),
  supersededById: z.string().nullable(),
});
export type HistoryEntryJson = z.infer<typeof historyEntrySchema>;

export const measurementListSchema = z.object({
  scorecardId: z.string(),
  kpis: z.array(
    z.object({
      kpi: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
      reporter: z.enum(["employee", "manager", "system"]),
      canReport: z.boolean().describe("Whether you may record values of this KPI on this scorecard"),
    }),
  ),
  periods: z
    .array(z.object({ key: z.string(), label: z.string(), start: z.string(), end: z.string() }))
    .describe("The cycle's sub-periods within the scorecard's validity"),
  items: z.array(
    z.object({
      kpi: z.string(),
      period: z.string(),
      date: z.string().nullable(),
      current: measurementSchema,
      history: z.array(historyEntrySchema).describe("Earlier values of this slot, newest first"),
    }),
  ),
});
export type MeasurementList = z.infer<typeof measurementListSchema>;

const finiteValue = z
  .number("must be a number")
  .refine(Number.isFinite, "must be a finite number (not NaN or Infinity)")
  .describe("A finite number");

export const createMeasurementBodySchema = z
  .strictObject({
    kpi: keySchema.describe("Key of a KPI on this scorecard"),
    value: finiteValue,
    period: z.string().trim().min(1).max(60).optional().describe("Sub-period key of the cycle (e.g. m1)"),
    date: isoDateField.optional().describe("Date of the value, inside the cycle and the scorecard's validity"),
    comment: z.string().trim().max(2000).optional(),
    source: z
      .enum(["manual", "api"], "must be manual or api (import is reserved for file imports)")
      .optional()
      .describe("Default manual; api only for hr/admin"),
  })
  .refine((body) => body.period !== undefined || body.date !== undefined, {
    path: ["period"],
    message: "give period (a sub-period key such as m1) or date (YYYY-MM-DD)",
  });
export type CreateMeasurementBody = z.infer<typeof createMeasurementBodySchema>;

export const recordMeasurementResponseSchema = z.object({
  status: z.enum(["created", "corrected", "unchanged"]),
  measurement: measurementSchema,
  history: z.array(historyEntrySchema).describe("Earlier values of this slot, newest first"),
  score: scoreResponseSchema.describe("The scorecard's score after this write"),
});
export type RecordMeasurementResponse = z.infer<typeof recordMeasurementResponseSchema>;

export const measurementParamsSchema = z.object({ id: z.uuid("must be a UUID") });
