import { assignmentSchema, missingDataPolicySchema, sectionSchema } from "@yardstick/core";
import { z } from "zod";
import { findingSchema } from "../lint/lint.schemas.js";

export const roleParamsSchema = z.object({ roleId: z.uuid("must be a UUID") });
export const versionParamsSchema = z.object({
  roleId: z.uuid("must be a UUID"),
  version: z.coerce.number().int("must be a whole number").min(1, "must be at least 1"),
});

export const createVersionBodySchema = z
  .strictObject({
    source: z
      .enum(["latest", "empty"])
      .default("latest")
      .describe("latest (default): copy the latest version's content; empty: start from nothing"),
  })
  .nullable()
  .describe("Optional; without a body the draft copies the latest version");

export const updateVersionBodySchema = z.strictObject({
  missingData: missingDataPolicySchema,
  sections: z.array(sectionSchema).max(10),
  assignments: z.array(assignmentSchema).max(50),
});
export type UpdateVersionBody = z.infer<typeof updateVersionBodySchema>;

export const publishBodySchema = z.strictObject({
  effectiveDate: z.iso.date("must be a date like 2026-01-01"),
  changelog: z.string().trim().min(1, "is required: say what changed and why").max(4000),
});
export type PublishBody = z.infer<typeof publishBodySchema>;

export const diffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const versionSummarySchema = z.object({
  id: z.string(),
  roleId: z.string(),
  version: z.number(),
  status: z.enum(["draft", "published"]),
  effectiveDate: z.string().nullable(),
  changelog: z.string().nullable(),
  kpiCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  publishedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const versionSchema = versionSummarySchema.extend({
  roleKey: z.string(),
  missingData: missingDataPolicySchema,
  sections: z.array(sectionSchema),
  assignments: z.array(assignmentSchema),
  findings: z
    .array(findingSchema)
    .describe("Lint of this version against the organization's KPIs and objectives; errors block publishing"),
});
export type VersionResponse = z.infer<typeof versionSchema>;

export const versionListSchema = z.object({ items: z.array(versionSummarySchema) });

const fieldChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

export const diffSchema = z.object({
  from: z.number(),
  to: z.number(),
  missingData: z.object({ from: z.string(), to: z.string() }).nullable(),
  sections: z.object({
    added: z.array(sectionSchema),
    removed: z.array(sectionSchema),
    changed: z.array(z.object({ key: z.string(), changes: z.array(fieldChangeSchema) })),
  }),
  kpis: z.object({
    added: z.array(z.object({ kpi: z.string(), weight: z.number() })),
    removed: z.array(z.object({ kpi: z.string(), weight: z.number() })),
    changed: z.array(z.object({ kpi: z.string(), changes: z.array(fieldChangeSchema) })),
  }),
  lines: z.array(z.string()).describe("The differences as sentences"),
});
