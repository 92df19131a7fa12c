import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { requireAuth } from "../auth/auth-context.js";
import {
  rollupQuerySchema,
  rollupResponseSchema,
  scorecardScoreParamsSchema,
  scoreResponseSchema,
  teamOverviewQuerySchema,
  teamOverviewSchema,
  trendResponseSchema,
} from "./scores.schemas.js";
import { getRollups, getScorecardScore, getScorecardTrend, getTeamOverview } from "./scores.service.js";

const tags = ["scores"];

export function scoresRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/scorecards/:id/score",
    {
      schema: {
        tags,
        summary: "A scorecard's score: per KPI, per section, overall and rating, each step explained",
        description:
          "Computed by the scoring engine from the scorecard's snapshot, its target overrides and its " +
          "measurements; recomputed whenever a value changes.",
        params: scorecardScoreParamsSchema,
        response: { 200: scoreResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getScorecardScore(db, requireAuth(request), request.params.id),
  );

  r.get(
    "/api/v1/scorecards/:id/trend",
    {
      schema: {
        tags,
        summary: "Per KPI: value and score per sub-period of this cycle, and the person's earlier cycles",
        params: scorecardScoreParamsSchema,
        response: { 200: trendResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getScorecardTrend(db, requireAuth(request), request.params.id),
  );

  r.get(
    "/api/v1/teams/overview",
    {
      schema: {
        tags,
        summary: "A manager's reports (direct and indirect) × KPI scores in a cycle; only people you may see",
        querystring: teamOverviewQuerySchema,
        response: { 200: teamOverviewSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getTeamOverview(db, requireAuth(request), request.query),
  );

  r.get(
    "/api/v1/rollups",
    {
      schema: {
        tags,
        summary: "Average overall score per team, org unit or the organization, over the scorecards you may see",
        querystring: rollupQuerySchema,
        response: { 200: rollupResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getRollups(db, requireAuth(request), request.query),
  );
}
