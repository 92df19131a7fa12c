import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponses } from "../../http/openapi-responses.js";
import { requireAuth } from "../auth/auth-context.js";
import { scoringPreviewBodySchema, scoringPreviewSchema } from "./scoring.schemas.js";
import { previewScoring } from "./scoring.service.js";

export function scoringRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/scoring/preview",
    {
      schema: {
        tags: ["scoring"],
        summary: "Aggregate sample values and score them with a configuration (nothing is stored)",
        description:
          "Returns the aggregated value, the clamped score (1.0 = target met) and an explanation of every step. " +
          "With an empty `values` list, `value` and `score` are null. A degenerate configuration " +
          "(target = baseline, an empty curve, ...) is a 400 whose issues name the field, e.g. `scoring.target`.",
        body: scoringPreviewBodySchema,
        response: { 200: scoringPreviewSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      requireAuth(request);
      return previewScoring(request.body);
    },
  );
}
