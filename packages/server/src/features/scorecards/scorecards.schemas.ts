import { assignmentSchema, keySchema, scoringConfigSchema, sectionSchema } from "@yardstick/core";
import { z } from "zod";
import { scoreResponseSchema } from "../scores/scores.schemas.js";
import { snapshotKpiSchema } from "./scorecard-snapshot.js";

export const scorecardStatusSchema = z
  .enum(["active", "superseded", "ended"])
  .describe("superseded: replaced from a role change on; ended: the person left");

export const scorecardSummarySchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  cycleName: z.string(),
  cycleStatus: z.enum(["draft", "open", "closed"]),
  employeeId: z.string(),
  employeeName: z.string(),
  roleId: z.string(),
  roleTitle: z.string(),
  frameworkVersionId: z.string(),
  frameworkVersion: z.number().int(),
  status: scorecardStatusSchema,
  statusReason: z.string().nullable().describe("Why the scorecard stopped applying, e.g. 'role changed to ... on ...'"),
  validFrom: z.string(),
  validTo: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ScorecardSummary = z.infer<typeof scorecardSummarySchema>;

export const overrideResponseSchema = z.object({
  id: z.string(),
  scorecardId: z.string(),
  kpi: z.string(),
  scoring: scoringConfigSchema,
  reason: z.string(),
  createdById: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type OverrideResponse = z.infer<typeof overrideResponseSchema>;

export const scorecardItemSchema = z.object({
  kpi: z.string(),
  kpiName: z.string(),
  weight: z.number(),
  section: z.string().nullable(),
  objectives: z.array(z.string()),
  responsibility: z.string().nullable(),
  scoring: scoringConfigSchema.describe("What applies to this person: the latest override, else the framework's"),
  frameworkScoring: scoringConfigSchema,
  override: overrideResponseSchema.nullable(),
});

export const scorecardDetailSchema = scorecardSummarySchema.extend({
  missingData: z.enum(["exclude", "zero"]),
  sections: z.array(sectionSchema),
  items: z.array(scorecardItemSchema),
  kpis: z.array(snapshotKpiSchema).describe("The KPI definitions as they were when the scorecard was made"),
  assignments: z.array(assignmentSchema).describe("The framework version's assignments, unchanged"),
  overrides: z.array(overrideResponseSchema).describe("Every override, oldest first; the latest per KPI applies"),
  score: scoreResponseSchema.describe("The live score, as GET /scorecards/{id}/score returns it"),
});
export type ScorecardDetail = z.infer<typeof scorecardDetailSchema>;

export const scorecardListSchema = z.object({ items: z.array(scorecardSummarySchema) });

export const listScorecardsQuerySchema = z.strictObject({
  cycleId: z.uuid("must be a UUID").optional(),
  employeeId: z.uuid("must be a UUID").optional(),
});

export const createOverrideBodySchema = z.strictObject({
  kpi: keySchema.describe("Key of a KPI on this scorecard"),
  scoring: scoringConfigSchema.describe("The scoring configuration that applies to this person instead"),
  reason: z
    .string("is required: say why this person's target differs")
    .trim()
    .min(1, "is required: say why this person's target differs")
    .max(2000),
});
export type CreateOverrideBody = z.infer<typeof createOverrideBodySchema>;

export const scorecardIdParamsSchema = z.object({ id: z.uuid("must be a UUID") });
