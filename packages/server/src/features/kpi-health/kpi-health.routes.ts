import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireRole } from "../auth/auth-context.js";
import { kpiHealthParamsSchema, kpiHealthResponseSchema } from "./kpi-health.schemas.js";
import { getKpiHealth } from "./kpi-health.service.js";

const tags = ["cycles"];

export function kpiHealthRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/cycles/:id/kpi-health",
    {
      schema: {
        tags,
        summary: "KPI health report of a cycle: KPIs too easy, unrealistic, without data or orphaned; hr/admin",
        description:
          "Per role and KPI, from the scorecards' cached scores and their framework snapshots: how many reached " +
          "the target, whether anyone recorded a value, and whether the KPI still links to a live objective, each " +
          "finding with a recommendation for the next framework version. While the cycle is open it is 'so far'.",
        params: kpiHealthParamsSchema,
        response: { 200: kpiHealthResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getKpiHealth(db, requireRole(request, DESIGN_WRITERS).organizationId, request.params.id),
  );
}
