import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireAuth, requireRole } from "../auth/auth-context.js";
import { idParamsSchema } from "../shared-tree/record.schemas.js";
import {
  archiveObjectiveQuerySchema,
  createObjectiveBodySchema,
  listObjectivesQuerySchema,
  objectiveListSchema,
  objectiveResponseSchema,
  updateObjectiveBodySchema,
} from "./objectives.schemas.js";
import { ObjectivesService } from "./objectives.service.js";

const tags = ["objectives"];

export function objectiveRoutes(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = new ObjectivesService(deps.db);

  r.get(
    "/api/v1/objectives",
    {
      schema: {
        tags,
        summary: "List strategic objectives, flat (with parentId) or as a tree",
        querystring: listObjectivesQuerySchema,
        response: { 200: objectiveListSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const { organizationId } = requireAuth(request);
      const { includeArchived = false, format } = request.query;
      return service.list(organizationId, { includeArchived, format });
    },
  );

  r.post(
    "/api/v1/objectives",
    {
      schema: {
        tags,
        summary: "Create a strategic objective",
        body: createObjectiveBodySchema,
        response: { 201: objectiveResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return reply.status(201).send(await service.create(organizationId, request.body));
    },
  );

  r.get(
    "/api/v1/objectives/:id",
    {
      schema: {
        tags,
        summary: "One strategic objective",
        params: idParamsSchema,
        response: { 200: objectiveResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.get(requireAuth(request).organizationId, request.params.id),
  );

  r.patch(
    "/api/v1/objectives/:id",
    {
      schema: {
        tags,
        summary: "Edit or move (parentId) a strategic objective; the key cannot change",
        params: idParamsSchema,
        body: updateObjectiveBodySchema,
        response: { 200: objectiveResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return service.update(organizationId, request.params.id, request.body);
    },
  );

  r.post(
    "/api/v1/objectives/:id/archive",
    {
      schema: {
        tags,
        summary: "Archive an objective (with ?cascade=true, its whole branch)",
        params: idParamsSchema,
        querystring: archiveObjectiveQuerySchema,
        response: { 200: objectiveResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return service.archive(organizationId, request.params.id, request.query.cascade ?? false);
    },
  );

  r.post(
    "/api/v1/objectives/:id/unarchive",
    {
      schema: {
        tags,
        summary: "Bring an archived objective back",
        params: idParamsSchema,
        response: { 200: objectiveResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return service.unarchive(organizationId, request.params.id);
    },
  );

  r.delete(
    "/api/v1/objectives/:id",
    {
      schema: {
        tags,
        summary: "Delete an objective nothing references (otherwise archive it)",
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
