import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireAuth, requireRole } from "../auth/auth-context.js";
import {
  createVersionBodySchema,
  diffQuerySchema,
  diffSchema,
  publishBodySchema,
  roleParamsSchema,
  updateVersionBodySchema,
  versionListSchema,
  versionParamsSchema,
  versionSchema,
} from "./frameworks.schemas.js";
import {
  createDraftVersion,
  deleteDraftVersion,
  diffFrameworkVersions,
  getFrameworkVersion,
  listFrameworkVersions,
  publishDraftVersion,
  updateDraftVersion,
} from "./frameworks.service.js";

const base = "/api/v1/roles/:roleId/framework/versions";
const tags = ["role frameworks"];

export function frameworksRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "The versions of a role's framework, oldest first",
        params: roleParamsSchema,
        response: { 200: versionListSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => listFrameworkVersions(db, requireAuth(request).organizationId, request.params.roleId),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Start a new draft version (a copy of the latest version, or empty); one draft per role",
        params: roleParamsSchema,
        body: createVersionBodySchema,
        response: { 201: versionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      const created = await createDraftVersion(db, auth, request.params.roleId, request.body?.source ?? "latest");
      return reply.status(201).send(created);
    },
  );

  r.get(
    `${base}/diff`,
    {
      schema: {
        tags,
        summary: "What changed between two versions: KPIs added/removed, weights, scoring, links, sections, policy",
        params: roleParamsSchema,
        querystring: diffQuerySchema,
        response: { 200: diffSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      diffFrameworkVersions(
        db,
        requireAuth(request).organizationId,
        request.params.roleId,
        request.query.from,
        request.query.to,
      ),
  );

  r.get(
    `${base}/:version`,
    {
      schema: {
        tags,
        summary: "One version with its content and lint findings",
        params: versionParamsSchema,
        response: { 200: versionSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      getFrameworkVersion(db, requireAuth(request).organizationId, request.params.roleId, request.params.version),
  );

  r.put(
    `${base}/:version`,
    {
      schema: {
        tags,
        summary: "Replace a draft's missing-data policy, sections and assignments (published versions are immutable)",
        params: versionParamsSchema,
        body: updateVersionBodySchema,
        response: { 200: versionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      return updateDraftVersion(db, auth.organizationId, request.params.roleId, request.params.version, request.body);
    },
  );

  r.delete(
    `${base}/:version`,
    {
      schema: {
        tags,
        summary: "Delete a draft version (published versions stay)",
        params: versionParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      await deleteDraftVersion(db, auth.organizationId, request.params.roleId, request.params.version);
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/:version/publish`,
    {
      schema: {
        tags,
        summary: "Publish a draft with an effective date and changelog; refused (409) while lint reports errors",
        params: versionParamsSchema,
        body: publishBodySchema,
        response: { 200: versionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      return publishDraftVersion(db, auth, request.params.roleId, request.params.version, request.body);
    },
  );
}
