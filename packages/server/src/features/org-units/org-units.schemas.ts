import { keySchema, orgUnitSchema } from "@yardstick/core";
import { z } from "zod";
import { immutableKeyField } from "../shared-tree/record.schemas.js";

const parentIdField = z
  .uuid("must be a UUID")
  .describe("Id of the parent org unit; null or absent for a top-level one");

export const orgUnitResponseSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgUnitResponse = z.infer<typeof orgUnitResponseSchema>;

export type OrgUnitNode = OrgUnitResponse & { children?: OrgUnitNode[] };
export const orgUnitNodeSchema: z.ZodType<OrgUnitNode> = orgUnitResponseSchema.extend({
  get children() {
    return z.array(orgUnitNodeSchema).optional().describe("Only with ?format=tree");
  },
});

export const listOrgUnitsQuerySchema = z.strictObject({
  format: z.enum(["flat", "tree"]).default("flat").describe("flat: a list with parentId; tree: nested children"),
});
export const orgUnitListSchema = z.object({ items: z.array(orgUnitNodeSchema) });

export const createOrgUnitBodySchema = z.strictObject({
  key: keySchema,
  name: orgUnitSchema.shape.name,
  parentId: parentIdField.nullable().optional(),
});
export type CreateOrgUnitInput = z.infer<typeof createOrgUnitBodySchema>;

export const updateOrgUnitBodySchema = z.strictObject({
  key: immutableKeyField,
  name: orgUnitSchema.shape.name.optional(),
  parentId: parentIdField.nullable().optional().describe("Move the unit; null makes it top-level"),
});
export type UpdateOrgUnitInput = z.infer<typeof updateOrgUnitBodySchema>;
