import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { requireAuth } from "../auth/auth-context.js";
import {
  createMeasurementBodySchema,
  measurementListSchema,
  measurementParamsSchema,
  recordMeasurementResponseSchema,
} from "./measurements.schemas.js";
import { listMeasurements, recordMeasurement } from "./measurements.service.js";

const tags = ["measurements"];

export function measurementsRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/scorecards/:id/measurements",
    {
      schema: {
        tags,
        summary: "A scorecard's measurements: each slot's current value with its correction history",
        params: measurementParamsSchema,
        response: { 200: measurementListSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => listMeasurements(db, requireAuth(request), request.params.id),
  );

  r.post(
    "/api/v1/scorecards/:id/measurements",
    {
      schema: {
        tags,
        summary: "Record a value of one KPI for a sub-period or a date; the score is recomputed at once",
        description:
          "Who may record follows the KPI's reporter: employee → the person, their managers, hr, admin; " +
          "manager → the person's managers, hr, admin; system → hr and admin only. " +
          "A first value is 201; a different value for the same KPI and period is a correction (200, the " +
          "earlier value kept in history); the same value again is 200 and changes nothing. " +
          "A closed cycle is 409; a KPI not on the scorecard, a date outside the cycle or the scorecard's " +
          "validity, or a value that is not a finite number is 400 naming the field. " +
          "source api is for hr/admin integrations; file imports record with source import.",
        params: measurementParamsSchema,
        body: createMeasurementBodySchema,
        response: {
          200: recordMeasurementResponseSchema,
          201: recordMeasurementResponseSchema,
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const result = await recordMeasurement(db, auth, request.params.id, request.body);
      return reply.status(result.status === "created" ? 201 : 200).send(result);
    },
  );
}
