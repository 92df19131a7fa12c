import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { PEOPLE_ADMINS } from "../access/access.service.js";
import { requireAuth, requireRole } from "../auth/auth-context.js";
import {
  createCycleBodySchema,
  cycleIdParamsSchema,
  cycleListSchema,
  cycleResponseSchema,
  listCyclesQuerySchema,
  openCycleResultSchema,
  updateCycleBodySchema,
} from "./cycles.schemas.js";
import { closeCycle, createCycle, getCycle, listAllCycles, openCycle, updateCycle } from "./cycles.service.js";

const tags = ["cycles"];

export function cyclesRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/cycles",
    {
      schema: {
        tags,
        summary: "Review cycles of the organization, newest first",
        querystring: listCyclesQuerySchema,
        response: { 200: cycleListSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => ({ items: await listAllCycles(db, requireAuth(request), request.query.status) }),
  );

  r.post(
    "/api/v1/cycles",
    {
      schema: {
        tags,
        summary: "Create a draft review cycle (admin or hr); sub-periods default to months",
        body: createCycleBodySchema,
        response: { 201: cycleResponseSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const auth = requireRole(request, PEOPLE_ADMINS);
      return reply.status(201).send(await createCycle(db, auth, request.body));
    },
  );

  r.get(
    "/api/v1/cycles/:id",
    {
      schema: {
        tags,
        summary: "One review cycle",
        params: cycleIdParamsSchema,
        response: { 200: cycleResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getCycle(db, requireAuth(request), request.params.id),
  );

  r.patch(
    "/api/v1/cycles/:id",
    {
      schema: {
        tags,
        summary: "Edit a cycle (admin or hr): dates only while draft, the name until it is closed",
        params: cycleIdParamsSchema,
        body: updateCycleBodySchema,
        response: { 200: cycleResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateCycle(db, requireRole(request, PEOPLE_ADMINS), request.params.id, request.body),
  );

  r.post(
    "/api/v1/cycles/:id/open",
    {
      schema: {
        tags,
        summary:
          "Open a draft cycle (admin or hr): every active employee gets a scorecard of their role's published framework",
        params: cycleIdParamsSchema,
        response: { 200: openCycleResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => openCycle(db, requireRole(request, PEOPLE_ADMINS), request.params.id),
  );

  r.post(
    "/api/v1/cycles/:id/close",
    {
      schema: {
        tags,
        summary: "Close an open cycle (admin or hr): its scorecards become read-only history",
        params: cycleIdParamsSchema,
        response: { 200: cycleResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => closeCycle(db, requireRole(request, PEOPLE_ADMINS), request.params.id),
  );
}
