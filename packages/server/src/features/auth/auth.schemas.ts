import { z } from "zod";

export const emailSchema = z
  .email("must be an email address like name@example.com")
  .max(254)
  .transform((e) => e.toLowerCase());
export const passwordSchema = z
  .string()
  .min(12, "must be at least 12 characters")
  .max(200, "must be at most 200 characters");
export const personNameSchema = z.string().trim().min(1, "is required").max(200);
export const membershipRoleSchema = z.enum(["admin", "hr", "manager", "employee"]);

export const setupBodySchema = z.strictObject({
  organization: z.string().trim().min(1, "is required").max(200),
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const loginBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, "is required").max(200),
});

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: membershipRoleSchema,
  organization: z.object({ id: z.string(), name: z.string() }),
  csrfToken: z.string().describe("Send as the x-csrf-token header on every write made with the session cookie"),
});
export type Me = z.infer<typeof meSchema>;
