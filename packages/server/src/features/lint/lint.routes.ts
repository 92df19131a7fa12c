import { lintRules } from "@yardstick/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { requireAuth } from "../auth/auth-context.js";
import { parseDocumentBody } from "../framework-document/document-body.js";
import { findingsSchema, lintBodySchema, rulesSchema } from "./lint.schemas.js";
import { lintOrganization, lintSubmittedDocument } from "./lint.service.js";

export function lintRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.post(
    "/api/v1/lint",
    {
      schema: {
        tags: ["lint"],
        summary: "Check a framework document (JSON, the same shape as the YAML file) against the quality rules",
        description: "The organization's disabled rules apply, as well as the document's own `lint.disabledRules`.",
        body: lintBodySchema,
        response: { 200: findingsSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      // The schema already validated the body; the core parser adds its own checks (forbidden keys).
      const document = parseDocumentBody(request.body);
      return { findings: await lintSubmittedDocument(db, auth.organizationId, document) };
    },
  );

  r.get(
    "/api/v1/lint",
    {
      schema: {
        tags: ["lint"],
        summary: "Check the organization's stored framework with its disabled rules",
        response: { 200: findingsSchema, ...errorResponses(401) },
      },
    },
    async (request) => ({ findings: await lintOrganization(db, requireAuth(request).organizationId) }),
  );

  r.get(
    "/api/v1/lint/rules",
    {
      schema: {
        tags: ["lint"],
        summary: "The catalogue of quality rules: id, severity, scope and description",
        response: { 200: rulesSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      requireAuth(request);
      return { items: lintRules.map((rule) => ({ ...rule })) };
    },
  );
}
