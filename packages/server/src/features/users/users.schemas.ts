import { z } from "zod";
import { membershipRoleSchema } from "../auth/auth.schemas.js";

export const userParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const userSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: membershipRoleSchema,
    disabledAt: z.string().nullable().describe("When the user was deactivated in this organization; null if active"),
  })
  .describe("User");
export type UserResponse = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });

export const updateUserBodySchema = z.strictObject({ role: membershipRoleSchema });
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
