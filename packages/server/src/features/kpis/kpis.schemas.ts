import {
  aggregationSchema,
  balanceSchema,
  categoriesSchema,
  directionSchema,
  focusSchema,
  frequencySchema,
  kindSchema,
  kpiSchema,
  reporterSchema,
  suggestedScoringSchema,
  timingSchema,
} from "@yardstick/core";
import { z } from "zod";
import { immutableKeyField, queryFlag } from "../shared-tree/record.schemas.js";
import { validRatingScaleSchema } from "./kpi-rating-scale.schema.js";

const fields = kpiSchema.shape;
/** An optional model field that PATCH may also clear with null. */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const kpiResponseSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  unit: z.string().nullable(),
  direction: directionSchema.nullable(),
  aggregation: aggregationSchema.nullable(),
  frequency: frequencySchema.nullable(),
  categories: categoriesSchema,
  reporter: reporterSchema,
  balance: balanceSchema.nullable(),
  family: z.string().nullable(),
  formula: z.string().nullable(),
  dataSource: z.string().nullable(),
  ratingScale: fields.ratingScale.unwrap().nullable(),
  suggested: suggestedScoringSchema.nullable(),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KpiResponse = z.infer<typeof kpiResponseSchema>;

export const kpiUsageSchema = z.object({
  roleId: z.string(),
  roleKey: z.string(),
  roleTitle: z.string(),
  version: z.number().int(),
  status: z.enum(["draft", "published"]),
});
export const kpiDetailSchema = kpiResponseSchema.extend({
  usedBy: z.array(kpiUsageSchema).describe("Roles whose latest or latest published framework version uses this KPI"),
});
export type KpiDetail = z.infer<typeof kpiDetailSchema>;

export const listKpisQuerySchema = z.strictObject({
  search: z.string().trim().max(200).optional().describe("Matches key, name or description (case-insensitive)"),
  family: z.string().trim().max(60).optional().describe("Exact role family, e.g. Sales"),
  kind: kindSchema.optional(),
  timing: timingSchema.optional(),
  focus: focusSchema.optional(),
  includeArchived: queryFlag.describe("Include archived KPIs (default false)"),
});
export type ListKpisQuery = z.infer<typeof listKpisQuerySchema>;
export const kpiListSchema = z.object({ items: z.array(kpiResponseSchema) });

export const createKpiBodySchema = kpiSchema
  .omit({ archived: true })
  .extend({ ratingScale: validRatingScaleSchema.optional() });
export type CreateKpiInput = z.infer<typeof createKpiBodySchema>;

export const updateKpiBodySchema = z.strictObject({
  key: immutableKeyField,
  name: fields.name.optional(),
  description: clearable(fields.description.unwrap()),
  unit: clearable(fields.unit.unwrap()),
  direction: clearable(directionSchema),
  aggregation: clearable(aggregationSchema),
  frequency: clearable(frequencySchema),
  categories: categoriesSchema.optional(),
  reporter: reporterSchema.optional(),
  balance: clearable(balanceSchema),
  family: clearable(fields.family.unwrap()),
  formula: clearable(fields.formula.unwrap()),
  dataSource: clearable(fields.dataSource.unwrap()),
  ratingScale: clearable(validRatingScaleSchema),
  suggested: clearable(suggestedScoringSchema),
});
export type UpdateKpiInput = z.infer<typeof updateKpiBodySchema>;
