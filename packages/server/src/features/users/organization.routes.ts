import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { requireAuth, requireRole } from "../auth/auth-context.js";
import { organizationSchema, updateOrganizationBodySchema } from "./organization.schemas.js";
import { OrganizationService } from "./organization.service.js";

export function organizationRoutes(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const organizations = new OrganizationService(deps.db);

  r.get(
    "/api/v1/organization",
    {
      schema: {
        tags: ["organization"],
        summary: "Your organization: name, creation date and number of active members",
        response: { 200: organizationSchema, ...errorResponses(401) },
      },
    },
    async (request) => organizations.get(requireAuth(request).organizationId),
  );

  r.patch(
    "/api/v1/organization",
    {
      schema: {
        tags: ["organization"],
        summary: "Rename your organization (admin)",
        body: updateOrganizationBodySchema,
        response: { 200: organizationSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const auth = requireRole(request, ["admin"]);
      return organizations.rename(auth.organizationId, request.body.name);
    },
  );
}
