import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireAuth, requireRole } from "../auth/auth-context.js";
import { settingsSchema, updateSettingsBodySchema } from "./settings.schemas.js";
import { readOrganizationSettings, updateOrganizationSettings } from "./settings.service.js";

export function settingsRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/settings",
    {
      schema: {
        tags: ["settings"],
        summary: "The organization's lint settings and rating scale",
        response: { 200: settingsSchema, ...errorResponses(401) },
      },
    },
    async (request) => readOrganizationSettings(db, requireAuth(request).organizationId),
  );

  r.put(
    "/api/v1/settings",
    {
      schema: {
        tags: ["settings"],
        summary: "Replace the disabled lint rules and the rating scale (admin or hr)",
        body: updateSettingsBodySchema,
        response: { 200: settingsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      return updateOrganizationSettings(db, auth.organizationId, request.body);
    },
  );
}
