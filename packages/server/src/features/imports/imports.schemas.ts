import { z } from "zod";
import { columnMappingSchema } from "./mapping/column-mapping.schema.js";

export const importKindSchema = z.enum(["measurements", "people"]);
const uploadId = z.string().uuid().describe("From POST /api/v1/imports/uploads");
const sheet = z.string().trim().min(1).max(100).optional().describe("XLSX: the sheet to read (default: the first)");
const sourceName = z.string().trim().min(1).max(100);

export const previewBodySchema = z.strictObject({
  uploadId,
  kind: importKindSchema.optional().describe("Default: guessed from the headers"),
  mapping: columnMappingSchema.optional().describe("Default: the source's saved mapping, else the suggestion"),
  sheet,
  source: sourceName.optional().describe("A saved source whose mapping applies to this file"),
});
export type PreviewBody = z.infer<typeof previewBodySchema>;

export const commitBodySchema = z.strictObject({
  uploadId,
  kind: importKindSchema.optional(),
  mapping: columnMappingSchema.optional().describe("Default: the source's saved mapping, else the suggestion"),
  sheet,
  source: sourceName.optional(),
  saveMappingAs: sourceName.optional().describe("Save the mapping used under this source name for next time"),
});
export type CommitBody = z.infer<typeof commitBodySchema>;

export const problemSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  value: z.string().optional(),
  message: z.string(),
});

const suggestionSchema = z.object({
  kind: importKindSchema,
  shape: z.enum(["long", "wide"]).nullable(),
  mapping: columnMappingSchema.nullable(),
  columns: z.array(
    z.object({
      column: z.string(),
      field: z.string(),
      kpiKey: z.string().optional(),
      employeeMatch: z.string().optional(),
      confidence: z.number(),
      reason: z.string(),
    }),
  ),
  unmapped: z.array(z.string()),
  missing: z.array(z.string()),
});

export const uploadResponseSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  format: z.enum(["csv", "xlsx"]),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  headers: z.array(z.string()),
  kind: importKindSchema,
  kindGuessed: z.boolean(),
  suggestion: suggestionSchema,
});

export const countsSchema = z.object({
  rows: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  problems: z.number().int(),
});

export const previewResponseSchema = z.object({
  runId: z.string(),
  kind: importKindSchema,
  kindGuessed: z.boolean(),
  format: z.enum(["csv", "xlsx"]),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  headers: z.array(z.string()),
  suggestion: suggestionSchema,
  mapping: columnMappingSchema.nullable(),
  mappingIssues: z.array(z.string()),
  ready: z.boolean().describe("True when the mapping is complete and no row has a problem"),
  sample: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  counts: countsSchema,
  problems: z.array(problemSchema).describe("The first 1,000 problems; counts.problems has the total"),
  warnings: z.array(z.object({ code: z.string(), row: z.number().int(), message: z.string() })),
});

export const commitAcceptedSchema = z.object({ runId: z.string(), status: z.literal("running") });

export const runSchema = z.object({
  id: z.string(),
  kind: importKindSchema,
  fileName: z.string(),
  fileSize: z.number(),
  format: z.string(),
  source: z.object({ id: z.string(), name: z.string() }).nullable(),
  user: z.object({ id: z.string(), name: z.string() }).nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(["previewed", "running", "committed", "failed"]),
  counts: countsSchema,
  errorMessage: z.string().nullable(),
});
export type RunResponse = z.infer<typeof runSchema>;

export const runDetailSchema = runSchema.extend({
  phase: z.enum(["queued", "reading", "writing"]).nullable(),
  processedRows: z.number().int(),
  bytesRead: z.number(),
  totalBytes: z.number(),
  problems: z.array(problemSchema),
});
export type RunDetailResponse = z.infer<typeof runDetailSchema>;

export const runListSchema = z.object({ items: z.array(runSchema) });
export const runListQuerySchema = z.object({ kind: importKindSchema.optional() });
export const uploadQuerySchema = z.object({
  kind: importKindSchema.optional().describe("Default: guessed from the headers"),
  sheet,
});
export const idParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const sourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: importKindSchema,
  mapping: columnMappingSchema,
  updatedAt: z.string(),
});
export const sourceListSchema = z.object({ items: z.array(sourceSchema) });
export const putSourceBodySchema = z.strictObject({ name: sourceName, mapping: columnMappingSchema });
