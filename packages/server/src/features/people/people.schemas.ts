import { z } from "zod";
import { isoDateField } from "../cycles/date.schemas.js";

const uuidField = z.uuid("must be a UUID");

export const personResponseSchema = z.object({
  id: z.string(),
  employeeNumber: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  roleId: z.string(),
  roleTitle: z.string(),
  orgUnitId: z.string().nullable(),
  orgUnitName: z.string().nullable(),
  managerId: z.string().nullable(),
  managerName: z.string().nullable(),
  userId: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  active: z.boolean(),
  deactivatedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PersonResponse = z.infer<typeof personResponseSchema>;

/** What a people change did to scorecards of open cycles, so the UI can say so. */
export const scorecardChangeSchema = z.object({
  cycleId: z.string(),
  cycleName: z.string(),
  action: z.enum(["created", "superseded", "ended", "skipped"]),
  scorecardId: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  reason: z.string(),
});
export type ScorecardChange = z.infer<typeof scorecardChangeSchema>;

export const personWithChangesSchema = personResponseSchema.extend({
  scorecardChanges: z
    .array(scorecardChangeSchema)
    .describe("Scorecards of open cycles created, superseded, ended or skipped by this change"),
});

export const personListSchema = z.object({ items: z.array(personResponseSchema) });

export const listPeopleQuerySchema = z.strictObject({
  includeInactive: z.stringbool().optional().describe("Include people who left (default false)"),
});

export type OrgChartNode = PersonResponse & { reports: OrgChartNode[] };
export const orgChartNodeSchema: z.ZodType<OrgChartNode> = personResponseSchema.extend({
  get reports() {
    return z.array(orgChartNodeSchema);
  },
});
export const orgChartSchema = z.object({
  items: z.array(orgChartNodeSchema).describe("Top of the chart you may see; everyone else nested under `reports`"),
});

const employeeNumberField = z.string().trim().min(1).max(50).describe("Unique within the organization");
const nameField = z.string().trim().min(1).max(200);
const emailField = z.email("must be an email address").max(320);

export const createPersonBodySchema = z.strictObject({
  employeeNumber: employeeNumberField,
  name: nameField,
  email: emailField.nullable().optional(),
  roleId: uuidField.describe("Id of the person's role"),
  orgUnitId: uuidField.nullable().optional(),
  managerId: uuidField.nullable().optional().describe("Id of the person's manager (an employee)"),
  userId: uuidField.nullable().optional().describe("Id of the member account that signs in as this person"),
  startDate: isoDateField,
});
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;

export const updatePersonBodySchema = z.strictObject({
  employeeNumber: employeeNumberField.optional(),
  name: nameField.optional(),
  email: emailField.nullable().optional(),
  roleId: uuidField.optional(),
  effectiveDate: isoDateField
    .optional()
    .describe("With roleId: the day the new role starts (default today); open cycles get a new scorecard from then"),
  orgUnitId: uuidField.nullable().optional(),
  managerId: uuidField.nullable().optional(),
  startDate: isoDateField.optional(),
});
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const deactivatePersonBodySchema = z
  .strictObject({
    endDate: isoDateField.optional().describe("Last working day (default today)"),
  })
  .optional();
export type DeactivatePersonBody = z.infer<typeof deactivatePersonBodySchema>;

export const linkUserBodySchema = z.strictObject({
  userId: uuidField.nullable().describe("A member of this organization; null unlinks"),
});
export type LinkUserBody = z.infer<typeof linkUserBodySchema>;

export const personIdParamsSchema = z.object({ id: uuidField });
