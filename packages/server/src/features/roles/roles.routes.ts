import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireAuth, requireRole } from "../auth/auth-context.js";
import { idParamsSchema } from "../shared-tree/record.schemas.js";
import {
  createRoleBodySchema,
  listRolesQuerySchema,
  roleDetailSchema,
  roleListSchema,
  updateRoleBodySchema,
} from "./roles.schemas.js";
import { RolesService } from "./roles.service.js";

const tags = ["roles"];

export function roleRoutes(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = new RolesService(deps.db);

  r.get(
    "/api/v1/roles",
    {
      schema: {
        tags,
        summary: "List roles, optionally filtered by text, family or org unit",
        querystring: listRolesQuerySchema,
        response: { 200: roleListSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => service.list(requireAuth(request).organizationId, request.query),
  );

  r.post(
    "/api/v1/roles",
    {
      schema: {
        tags,
        summary: "Create a role with its responsibilities and expected outcomes",
        body: createRoleBodySchema,
        response: { 201: roleDetailSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return reply.status(201).send(await service.create(organizationId, request.body));
    },
  );

  r.get(
    "/api/v1/roles/:id",
    {
      schema: {
        tags,
        summary: "One role, with its org unit and its latest and latest published framework version",
        params: idParamsSchema,
        response: { 200: roleDetailSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.get(requireAuth(request).organizationId, request.params.id),
  );

  r.patch(
    "/api/v1/roles/:id",
    {
      schema: {
        tags,
        summary: "Edit a role; the key cannot change, used responsibilities cannot be removed",
        params: idParamsSchema,
        body: updateRoleBodySchema,
        response: { 200: roleDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return service.update(organizationId, request.params.id, request.body);
    },
  );

  r.delete(
    "/api/v1/roles/:id",
    {
      schema: {
        tags,
        summary: "Delete a role and its draft framework versions (not when a version is published)",
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
