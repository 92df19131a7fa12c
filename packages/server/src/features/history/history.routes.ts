import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireRole } from "../auth/auth-context.js";
import { historyParamsSchema, historyValuesSchema } from "./history.schemas.js";
import { getHistoryValues } from "./history.service.js";

const tags = ["role frameworks"];

export function historyRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/roles/:roleId/framework/history-values",
    {
      schema: {
        tags,
        summary: "Past results of the role's KPIs (closed cycles), for target realism; hr/admin only",
        description:
          "Per KPI: each person's aggregated value in every closed cycle, as anonymous ascending values with " +
          "how many cycles and people they come from. Individual results are personal data, so only hr and " +
          "admin may read them. A KPI with fewer than 5 values is left out: too few to estimate from.",
        params: historyParamsSchema,
        response: { 200: historyValuesSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getHistoryValues(db, requireRole(request, DESIGN_WRITERS).organizationId, request.params.roleId),
  );
}
