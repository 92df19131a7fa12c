import { z } from "zod";

/** `:id` of a design record; anything that is not a UUID is refused with 400. */
export const idParamsSchema = z.object({ id: z.uuid("must be a UUID") });

/**
 * A PATCH body may not carry `key`: keys are how framework versions and files reference
 * records, so changing one would silently break those references.
 */
export const immutableKeyField = z
  .unknown()
  .refine(
    (value) => value === undefined,
    "cannot be changed after creation; create a new record with the new key instead",
  )
  .optional()
  .describe("Not allowed: key cannot be changed after creation");

/** `?includeArchived=true` and friends arrive as strings. */
export const queryFlag = z.stringbool().optional();
