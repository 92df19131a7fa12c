import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireAuth, requireRole } from "../auth/auth-context.js";
import { libraryImportBodySchema, libraryImportResultSchema, libraryListSchema } from "./library.schemas.js";
import { importFromLibrary, listLibrary } from "./library.service.js";

export function libraryRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/library",
    {
      schema: {
        tags: ["library"],
        summary: "The starter library: role families with their roles and KPIs",
        response: { 200: libraryListSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      requireAuth(request);
      return listLibrary();
    },
  );

  r.post(
    "/api/v1/library/import",
    {
      schema: {
        tags: ["library"],
        summary: "Copy library families (or chosen roles and KPIs) into the organization",
        description:
          "Records whose key the organization already has are left unchanged and reported as skipped. " +
          "Role frameworks arrive as drafts; the organization edits and publishes its own copy.",
        body: libraryImportBodySchema,
        response: { 200: libraryImportResultSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      return importFromLibrary(db, auth, request.body);
    },
  );
}
