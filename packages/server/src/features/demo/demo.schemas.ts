import { z } from "zod";
import { meSchema } from "../auth/auth.schemas.js";

export const demoBodySchema = z
  .strictObject({
    fixedPassword: z
      .boolean()
      .default(false)
      .describe("true: use the documented demo password instead of a random one"),
  })
  .default({ fixedPassword: false });

export const demoResponseSchema = z.object({
  me: meSchema.describe("The demo admin, now signed in"),
  organizationName: z.string(),
  logins: z
    .array(z.object({ role: z.string(), email: z.string(), password: z.string(), name: z.string() }))
    .describe("The demo accounts (admin, hr, manager, employee) and their password"),
  people: z.number().int(),
  cycles: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.enum(["open", "closed"]),
      scorecards: z.number().int(),
      values: z.number().int(),
    }),
  ),
});
export type DemoResponse = z.infer<typeof demoResponseSchema>;
