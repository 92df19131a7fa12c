import { z } from "zod";
import { importResultSchema } from "../framework-document/framework-document.schemas.js";

export const libraryFamilySummarySchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  objectiveCount: z.number(),
  roles: z.array(z.object({ key: z.string(), title: z.string(), kpis: z.array(z.string()) })),
  kpis: z.array(
    z.object({ key: z.string(), name: z.string(), unit: z.string().nullable(), focus: z.string(), timing: z.string() }),
  ),
});

export const libraryListSchema = z.object({ items: z.array(libraryFamilySummarySchema) });

const keys = z.array(z.string().min(1).max(80)).max(500);

export const libraryImportBodySchema = z.strictObject({
  families: keys.min(1, "name at least one family, e.g. sales").describe("Family keys from GET /api/v1/library"),
  roles: keys.optional().describe("Only these roles (with their frameworks, KPIs and linked objectives)"),
  kpis: keys.optional().describe("Only these KPI definitions (in addition to the chosen roles')"),
  dryRun: z.boolean().default(false).describe("true: only report what would change"),
});
export type LibraryImportBody = z.infer<typeof libraryImportBodySchema>;

export const libraryImportResultSchema = importResultSchema;
