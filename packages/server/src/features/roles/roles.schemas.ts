import { frameworkVersionStatusSchema, keySchema, responsibilitySchema, roleSchema } from "@yardstick/core";
import { z } from "zod";
import { immutableKeyField } from "../shared-tree/record.schemas.js";

const fields = roleSchema.shape;
const orgUnitIdField = z.uuid("must be a UUID").describe("Id of the org unit the role belongs to");

/** Responsibilities are referenced by key from framework assignments, so keys are unique per role. */
const responsibilitiesField = z
  .array(responsibilitySchema)
  .max(50)
  .superRefine((items, check) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.key)) {
        check.addIssue({
          code: "custom",
          path: [index, "key"],
          message: `"${item.key}" is used by another responsibility of this role; keys must be unique within the role`,
        });
      }
      seen.add(item.key);
    });
  });
const expectedOutcomesField = fields.expectedOutcomes.unwrap();

export const roleResponseSchema = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  family: z.string().nullable(),
  orgUnitId: z.string().nullable(),
  description: z.string().nullable(),
  responsibilities: z.array(z.object({ key: z.string(), text: z.string() })),
  expectedOutcomes: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RoleResponse = z.infer<typeof roleResponseSchema>;

const versionSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: frameworkVersionStatusSchema,
  effectiveDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const roleDetailSchema = roleResponseSchema.extend({
  orgUnit: z.object({ id: z.string(), key: z.string(), name: z.string() }).nullable(),
  framework: z.object({
    latest: versionSummarySchema.nullable().describe("The newest framework version, draft or published"),
    latestPublished: versionSummarySchema.nullable().describe("The newest published version, if any"),
  }),
});
export type RoleDetail = z.infer<typeof roleDetailSchema>;

export const listRolesQuerySchema = z.strictObject({
  search: z.string().trim().max(200).optional().describe("Matches key, title or description (case-insensitive)"),
  family: z.string().trim().max(60).optional().describe("Exact role family, e.g. Sales"),
  orgUnitId: orgUnitIdField.optional(),
});
export type ListRolesQuery = z.infer<typeof listRolesQuerySchema>;
export const roleListSchema = z.object({ items: z.array(roleResponseSchema) });

export const createRoleBodySchema = z.strictObject({
  key: keySchema,
  title: fields.title,
  family: fields.family,
  orgUnitId: orgUnitIdField.nullable().optional(),
  description: fields.description,
  responsibilities: responsibilitiesField.default([]),
  expectedOutcomes: expectedOutcomesField.default([]),
});
export type CreateRoleInput = z.infer<typeof createRoleBodySchema>;

export const updateRoleBodySchema = z.strictObject({
  key: immutableKeyField,
  title: fields.title.optional(),
  family: fields.family.unwrap().nullable().optional(),
  orgUnitId: orgUnitIdField.nullable().optional(),
  description: fields.description.unwrap().nullable().optional(),
  responsibilities: responsibilitiesField.optional().describe("Replaces the list; removing one a framework uses → 409"),
  expectedOutcomes: expectedOutcomesField.optional(),
});
export type UpdateRoleInput = z.infer<typeof updateRoleBodySchema>;
