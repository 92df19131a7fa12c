import { z } from "zod";

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export const errorBodySchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), issues: z.array(fieldIssueSchema).optional() }),
  })
  .describe("Error");

/** Response schemas for the error statuses a route documents, e.g. `errorResponses(400, 404)`. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorBodySchema])) as Record<S, typeof errorBodySchema>;
}
