import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { requireAuth } from "../auth/auth-context.js";
import {
  createOverrideBodySchema,
  listScorecardsQuerySchema,
  overrideResponseSchema,
  scorecardDetailSchema,
  scorecardIdParamsSchema,
  scorecardListSchema,
} from "./scorecards.schemas.js";
import { addOverride, getScorecard, listVisibleScorecards } from "./scorecards.service.js";

const tags = ["scorecards"];

export function scorecardsRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/scorecards",
    {
      schema: {
        tags,
        summary: "Scorecards you may see (yours; a manager's reporting line; hr/admin everyone)",
        querystring: listScorecardsQuerySchema,
        response: { 200: scorecardListSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({ items: await listVisibleScorecards(db, requireAuth(request), request.query) }),
  );

  r.get(
    "/api/v1/scorecards/:id",
    {
      schema: {
        tags,
        summary: "One scorecard: its framework snapshot, the targets that apply and every override",
        params: scorecardIdParamsSchema,
        response: { 200: scorecardDetailSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getScorecard(db, requireAuth(request), request.params.id),
  );

  r.post(
    "/api/v1/scorecards/:id/overrides",
    {
      schema: {
        tags,
        summary: "Set a per-person target for one KPI, with a reason (the person's managers, hr or admin)",
        description: "A closed cycle or a superseded scorecard is a 409; a KPI not on the scorecard a 400.",
        params: scorecardIdParamsSchema,
        body: createOverrideBodySchema,
        response: { 201: overrideResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      return reply.status(201).send(await addOverride(db, auth, request.params.id, request.body));
    },
  );
}
