import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireAuth, requireRole } from "../auth/auth-context.js";
import { idParamsSchema } from "../shared-tree/record.schemas.js";
import {
  createKpiBodySchema,
  kpiDetailSchema,
  kpiListSchema,
  listKpisQuerySchema,
  updateKpiBodySchema,
} from "./kpis.schemas.js";
import { KpisService } from "./kpis.service.js";

const tags = ["kpis"];

export function kpiRoutes(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = new KpisService(deps.db);

  r.get(
    "/api/v1/kpis",
    {
      schema: {
        tags,
        summary: "The KPI library, filtered by text, family and categories",
        querystring: listKpisQuerySchema,
        response: { 200: kpiListSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => service.list(requireAuth(request).organizationId, request.query),
  );

  r.post(
    "/api/v1/kpis",
    {
      schema: {
        tags,
        summary: "Define a KPI in the library",
        body: createKpiBodySchema,
        response: { 201: kpiDetailSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return reply.status(201).send(await service.create(organizationId, request.body));
    },
  );

  r.get(
    "/api/v1/kpis/:id",
    {
      schema: {
        tags,
        summary: "One KPI definition, with the roles whose current framework uses it",
        params: idParamsSchema,
        response: { 200: kpiDetailSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.get(requireAuth(request).organizationId, request.params.id),
  );

  r.patch(
    "/api/v1/kpis/:id",
    {
      schema: {
        tags,
        summary: "Edit a KPI definition (null clears an optional field); the key cannot change",
        params: idParamsSchema,
        body: updateKpiBodySchema,
        response: { 200: kpiDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return service.update(organizationId, request.params.id, request.body);
    },
  );

  r.post(
    "/api/v1/kpis/:id/archive",
    {
      schema: {
        tags,
        summary: "Archive a KPI: hidden from the library, still valid where used",
        params: idParamsSchema,
        response: { 200: kpiDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return service.setArchived(organizationId, request.params.id, true);
    },
  );

  r.post(
    "/api/v1/kpis/:id/unarchive",
    {
      schema: {
        tags,
        summary: "Bring an archived KPI back into the library",
        params: idParamsSchema,
        response: { 200: kpiDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { organizationId } = requireRole(request, DESIGN_WRITERS);
      return service.setArchived(organizationId, request.params.id, false);
    },
  );

  r.delete(
    "/api/v1/kpis/:id",
    {
      schema: {
        tags,
        summary: "Delete a KPI no framework version uses (otherwise archive it)",
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
