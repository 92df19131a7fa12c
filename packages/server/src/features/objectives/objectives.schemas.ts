import { keySchema, objectiveSchema, perspectiveSchema } from "@yardstick/core";
import { z } from "zod";
import { immutableKeyField, queryFlag } from "../shared-tree/record.schemas.js";

const fields = objectiveSchema.shape;
const parentIdField = z
  .uuid("must be a UUID")
  .describe("Id of the parent objective; null or absent for a top-level one");

export const objectiveResponseSchema = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  perspective: perspectiveSchema.nullable(),
  parentId: z.string().nullable(),
  owner: z.string().nullable(),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ObjectiveResponse = z.infer<typeof objectiveResponseSchema>;

export type ObjectiveNode = ObjectiveResponse & { children?: ObjectiveNode[] };
export const objectiveNodeSchema: z.ZodType<ObjectiveNode> = objectiveResponseSchema.extend({
  get children() {
    return z.array(objectiveNodeSchema).optional().describe("Only with ?format=tree");
  },
});

export const listObjectivesQuerySchema = z.strictObject({
  includeArchived: queryFlag.describe("Include archived objectives (default false)"),
  format: z.enum(["flat", "tree"]).default("flat").describe("flat: a list with parentId; tree: nested children"),
});
export const objectiveListSchema = z.object({ items: z.array(objectiveNodeSchema) });

export const createObjectiveBodySchema = z.strictObject({
  key: keySchema,
  title: fields.title,
  description: fields.description,
  perspective: perspectiveSchema.optional(),
  parentId: parentIdField.nullable().optional(),
  owner: fields.owner,
});
export type CreateObjectiveInput = z.infer<typeof createObjectiveBodySchema>;

export const updateObjectiveBodySchema = z.strictObject({
  key: immutableKeyField,
  title: fields.title.optional(),
  description: fields.description.unwrap().nullable().optional(),
  perspective: perspectiveSchema.nullable().optional(),
  parentId: parentIdField.nullable().optional().describe("Move the objective; null makes it top-level"),
  owner: fields.owner.unwrap().nullable().optional(),
});
export type UpdateObjectiveInput = z.infer<typeof updateObjectiveBodySchema>;

export const archiveObjectiveQuerySchema = z.strictObject({
  cascade: queryFlag.describe("Also archive every live descendant (otherwise live children → 409)"),
});
