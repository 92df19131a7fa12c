import { serializeFrameworkYaml } from "@yardstick/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireAuth, requireRole } from "../auth/auth-context.js";
import { parseDocumentBody } from "./document-body.js";
import {
  exportedDocumentSchema,
  exportQuerySchema,
  importBodySchema,
  importQuerySchema,
  importResultSchema,
} from "./framework-document.schemas.js";
import { exportOrganizationDocument, importDocument } from "./framework-document.service.js";

const YAML_TYPES = ["text/yaml", "application/yaml", "application/x-yaml"];

/** "Acme Corp." → "acme-corp" for the download's file name. */
function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "organization"
  );
}

export function frameworkDocumentRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  // YAML bodies arrive as text; the import parses them with line and column in its errors.
  for (const type of YAML_TYPES) {
    if (!app.hasContentTypeParser(type)) {
      app.addContentTypeParser(
        type,
        { parseAs: "string", bodyLimit: app.initialConfig.bodyLimit },
        (_request, body, done) => done(null, body),
      );
    }
  }

  r.get(
    "/api/v1/framework/export",
    {
      schema: {
        tags: ["framework document"],
        summary: "Download the organization's whole framework as a YAML or JSON file",
        description:
          "Settings, objectives, org units, roles, KPIs and, per role, the latest published version and the current draft.",
        querystring: exportQuerySchema,
        response: { 200: exportedDocumentSchema, ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const document = await exportOrganizationDocument(db, auth.organizationId);
      const format = request.query.format;
      const name = `${fileSlug(document.organization?.name ?? "")}-framework.${format}`;
      reply.header("content-disposition", `attachment; filename="${name}"`);
      if (format === "json") return document;
      return reply.type("text/yaml; charset=utf-8").send(serializeFrameworkYaml(document));
    },
  );

  r.post(
    "/api/v1/framework/import",
    {
      schema: {
        tags: ["framework document"],
        summary: "Import a framework file: plan the changes (dryRun=true) or apply them all in one transaction",
        description:
          "Records are matched by key. A changed role framework becomes a draft version; published versions are never " +
          "edited. Records the file does not mention are left alone. Unknown keys are a 400 naming the path.",
        querystring: importQuerySchema,
        body: importBodySchema,
        response: { 200: importResultSchema, ...errorResponses(400, 401, 403, 409, 413) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      const document = parseDocumentBody(request.body);
      return importDocument(db, document, {
        organizationId: auth.organizationId,
        userId: auth.userId,
        dryRun: request.query.dryRun,
      });
    },
  );
}
