import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppConfig } from "../../config/config.js";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { passwordRouteRateLimit, setSessionCookie } from "../auth/auth.routes.js";
import type { AuthService } from "../auth/auth.service.js";
import { demoBodySchema, demoResponseSchema } from "./demo.schemas.js";
import { createDemoOrganization } from "./demo.service.js";

export function demoRoutes(
  app: FastifyInstance,
  deps: { database: DatabaseHandle; auth: AuthService; config: AppConfig },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/setup/demo",
    {
      // Public exactly like POST /setup: only while the instance has no user (409 afterwards).
      config: { public: true, rateLimit: passwordRouteRateLimit(deps.config) },
      schema: {
        tags: ["auth"],
        summary: "First run: create the sample company (Northwind Demo) and sign in as its admin",
        description:
          "About 60 people across Sales, HR, Marketing, Operations and IT, the starter frameworks published and " +
          "four quarterly cycles with history. Only while the instance has no user; takes a few seconds.",
        body: demoBodySchema,
        response: { 201: demoResponseSchema, ...errorResponses(400, 409) },
      },
    },
    async (request, reply) => {
      const demo = await createDemoOrganization(deps.database.db, { fixedPassword: request.body.fixedPassword });
      const session = await deps.auth.startSession(demo.adminUserId, demo.organizationId);
      setSessionCookie(reply, deps.config, session);
      return reply.status(201).send({
        me: session.me,
        organizationName: demo.organizationName,
        logins: demo.logins,
        people: demo.people,
        cycles: demo.cycles,
      });
    },
  );
}
