import { z } from "zod";

export const organizationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    memberCount: z.number().int().describe("Active (not deactivated) members"),
  })
  .describe("Organization");
export type OrganizationResponse = z.infer<typeof organizationSchema>;

export const updateOrganizationBodySchema = z.strictObject({
  name: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
});
