import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { visibleEmployeeIds } from "../access/access.service.js";
import { requireAuth } from "../auth/auth-context.js";
import { type ExportKind, exportTable } from "./exports.service.js";
import { writeTable } from "./write-table.js";

const tags = ["exports"];
const format = z.enum(["csv", "xlsx"]).default("csv");
const peopleQuerySchema = z.object({ format });
const cycleQuerySchema = z.object({ format, cycleId: z.string().min(1).max(100).describe("The review cycle") });

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * People, measurement and scorecard tables as CSV or XLSX, streamed. Every member may export;
 * the rows are the people the caller may see (hr/admin everyone, a manager their reporting line,
 * an employee themself). Cells that would run as spreadsheet formulas are neutralised.
 */
export function exportsRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  const send = async (
    request: Parameters<typeof requireAuth>[0],
    reply: import("fastify").FastifyReply,
    kind: ExportKind,
    query: { format: "csv" | "xlsx"; cycleId?: string },
  ) => {
    const auth = requireAuth(request);
    const scope = await visibleEmployeeIds(db, auth);
    const table = await exportTable(db, auth.organizationId, scope, kind, query.cycleId);
    const body = new PassThrough();
    writeTable(table.rows, table.columns, query.format, body).catch((error: unknown) => {
      request.log.error({ err: error }, "export failed while streaming");
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return reply
      .header("content-type", CONTENT_TYPES[query.format])
      .header("content-disposition", `attachment; filename="${table.name}.${query.format}"`)
      .header("cache-control", "no-store")
      .send(body);
  };

  r.get(
    "/api/v1/exports/people",
    {
      schema: {
        tags,
        summary: "The people you may see, as CSV or XLSX",
        querystring: peopleQuerySchema,
        response: errorResponses(400, 401),
      },
    },
    async (request, reply) => send(request, reply, "people", request.query),
  );

  r.get(
    "/api/v1/exports/measurements",
    {
      schema: {
        tags,
        summary: "A cycle's current values of the people you may see, as CSV or XLSX",
        querystring: cycleQuerySchema,
        response: errorResponses(400, 401, 404),
      },
    },
    async (request, reply) => send(request, reply, "measurements", request.query),
  );

  r.get(
    "/api/v1/exports/scorecards",
    {
      schema: {
        tags,
        summary: "A cycle's scores per person and KPI (with the overall score and rating), as CSV or XLSX",
        querystring: cycleQuerySchema,
        response: errorResponses(400, 401, 404),
      },
    },
    async (request, reply) => send(request, reply, "scorecards", request.query),
  );
}
