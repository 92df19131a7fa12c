import { frameworkDocumentSchema } from "@yardstick/core";
import { z } from "zod";

export const findingSchema = z.object({
  rule: z.string().describe("Rule id, e.g. framework.weights"),
  severity: z.enum(["error", "warning", "info"]),
  path: z.string().describe("Where in the document, e.g. frameworks[0].assignments[2].weight"),
  message: z.string(),
  hint: z.string().describe("What to do about it"),
});

export const findingsSchema = z.object({ findings: z.array(findingSchema) });

/** The body of POST /api/v1/lint: the framework document, the same shape as the YAML file. */
export const lintBodySchema = frameworkDocumentSchema;

export const ruleInfoSchema = z.object({
  id: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  scope: z.enum(["kpi", "assignment", "framework", "organization"]),
  description: z.string(),
});

export const rulesSchema = z.object({ items: z.array(ruleInfoSchema) });
