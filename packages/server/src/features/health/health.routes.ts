import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { DatabaseHandle } from "../../db/connect.js";

export function healthRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      schema: {
        tags: ["health"],
        summary: "Liveness and database check",
        response: {
          200: z.object({ status: z.literal("ok"), database: z.enum(["sqlite", "postgres"]) }),
          503: z.object({ status: z.literal("unavailable"), database: z.enum(["sqlite", "postgres"]) }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(deps.database.db);
        return { status: "ok" as const, database: deps.database.dialect };
      } catch {
        return reply.status(503).send({ status: "unavailable" as const, database: deps.database.dialect });
      }
    },
  );
}
