import { z } from "zod";
import { findingSchema } from "../lint/lint.schemas.js";

export const exportQuerySchema = z.object({
  format: z.enum(["yaml", "json"]).default("yaml").describe("yaml (default) or json"),
});

export const importQuerySchema = z.object({
  dryRun: z.stringbool().default(true).describe("true (default): only report what would change"),
});

export const importBodySchema = z
  .union([
    z.string().describe("The framework file as YAML (content-type text/yaml or application/yaml)"),
    z.looseObject({}).describe("The framework document as JSON"),
  ])
  .describe("A framework document, in YAML or JSON");

export const changeSchema = z.object({
  kind: z.enum(["objective", "orgUnit", "role", "kpi", "framework", "settings"]),
  key: z.string(),
  action: z
    .enum(["create", "update", "unchanged", "skipped"])
    .describe("skipped: the key exists and this import leaves existing records alone"),
  fields: z.array(z.string()).optional().describe("For updates: the fields that change"),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  changes: z.array(changeSchema),
  findings: z.array(findingSchema).describe("Lint of the organization's framework as it is after the import"),
});

export const exportedDocumentSchema = z
  .union([
    z.string().describe("format=yaml: the framework file as text/yaml"),
    z.looseObject({ yardstick: z.number() }).describe("format=json: the framework document"),
  ])
  .describe("The framework document; YAML and JSON carry the same content");
