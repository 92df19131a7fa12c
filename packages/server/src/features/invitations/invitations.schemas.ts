import { z } from "zod";
import { emailSchema, membershipRoleSchema, personNameSchema } from "../auth/auth.schemas.js";

export const createInvitationBodySchema = z.strictObject({
  email: emailSchema,
  name: personNameSchema,
  role: membershipRoleSchema,
});
export type CreateInvitationBody = z.infer<typeof createInvitationBodySchema>;

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: membershipRoleSchema,
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .describe("Invitation");
export type InvitationResponse = z.infer<typeof invitationSchema>;

export const createdInvitationSchema = invitationSchema.extend({
  acceptUrl: z
    .string()
    .describe("Path of the accept page with the secret token; shown only in this response, so pass it on now"),
});
export type CreatedInvitationResponse = z.infer<typeof createdInvitationSchema>;

export const invitationListSchema = z.object({ items: z.array(invitationSchema) });

export const invitationParamsSchema = z.object({ id: z.string().min(1).max(100) });

const tokenSchema = z.string().min(1, "is required").max(200, "is too long");

export const lookupQuerySchema = z.strictObject({ token: tokenSchema });

export const invitationLookupSchema = z.object({
  organization: z.object({ name: z.string() }),
  email: z.string(),
  name: z.string(),
  role: membershipRoleSchema,
  expiresAt: z.string(),
  hasAccount: z
    .boolean()
    .describe("The email already has an account: accepting asks for its current password instead of a new one"),
});
export type InvitationLookupResponse = z.infer<typeof invitationLookupSchema>;

export const acceptInvitationBodySchema = z.strictObject({
  token: tokenSchema,
  password: z
    .string()
    .min(1, "is required")
    .max(200, "must be at most 200 characters")
    .describe("A new password (at least 12 characters), or the current one if the email already has an account"),
  name: personNameSchema.optional().describe("Overrides the name the admin typed in the invitation"),
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;
