import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireAuth, requireRole } from "../auth/auth-context.js";
import { idParamsSchema } from "../shared-tree/record.schemas.js";
import {
  createOrgUnitBodySchema,
  listOrgUnitsQuerySchema,
  orgUnitListSchema,
  orgUnitResponseSchema,
  updateOrgUnitBodySchema,
} from "./org-units.schemas.js";
import { OrgUnitsService } from "./org-units.service.js";

const tags = ["org units"];

export function orgUnitRoutes(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = new OrgUnitsService(deps.db);

  r.get(
    "/api/v1/org-units",
    {
      schema: {
        tags,
        summary: "List org units (departments, teams), flat (with parentId) or as a tree",
        querystring: listOrgUnitsQuerySchema,
        response: { 200: orgUnitListSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => service.list(requireAuth(request).organizationId, request.query.format),
  );

  r.post(
    "/api/v1/org-units",
    {
      schema: {
        tags,
        summary: "Create an org unit",
        body: createOrgUnitBodySchema,
        response: { 201: orgUnitResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return reply.status(201).send(await service.create(organizationId, request.body));
    },
  );

  r.get(
    "/api/v1/org-units/:id",
    {
      schema: {
        tags,
        summary: "One org unit",
        params: idParamsSchema,
        response: { 200: orgUnitResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.get(requireAuth(request).organizationId, request.params.id),
  );

  r.patch(
    "/api/v1/org-units/:id",
    {
      schema: {
        tags,
        summary: "Rename or move (parentId) an org unit; the key cannot change",
        params: idParamsSchema,
        body: updateOrgUnitBodySchema,
        response: { 200: orgUnitResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return service.update(organizationId, request.params.id, request.body);
    },
  );

  r.delete(
    "/api/v1/org-units/:id",
    {
      schema: {
        tags,
        summary: "Delete an org unit that has no child units and no roles",
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      await service.remove(organizationId, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
