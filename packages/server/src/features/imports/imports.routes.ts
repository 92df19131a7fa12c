import { join } from "node:path";
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { badRequest, HttpError } from "../../http/http-errors.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { DESIGN_WRITERS, requireRole } from "../auth/auth-context.js";
import { ImportJobs } from "./import-jobs.js";
import { maxUploadBytes } from "./import-limits.js";
import { type ImportCaller, inspectImportFile } from "./import-pipeline.service.js";
import { presentOutcome, presentRun, presentRunDetail, presentSource } from "./imports.presenter.js";
import {
  commitAcceptedSchema,
  commitBodySchema,
  idParamsSchema,
  previewBodySchema,
  previewResponseSchema,
  putSourceBodySchema,
  runDetailSchema,
  runListQuerySchema,
  runListSchema,
  sourceListSchema,
  sourceSchema,
  uploadQuerySchema,
  uploadResponseSchema,
} from "./imports.schemas.js";
import {
  commitImport,
  deleteImportSource,
  getImportRun,
  listImportRuns,
  listImportSources,
  previewImport,
  putImportSource,
  startRun,
} from "./imports.service.js";
import { UploadStore, uploadTooLarge } from "./upload-store.js";

const tags = ["imports"];
const ACCESS_NOTE =
  "hr and admin only (managers and employees get 403): an import can touch anyone's values or records.";

export interface ImportsRouteDeps {
  database: DatabaseHandle;
  /** Uploads are kept under `<dataDir>/uploads` between preview and commit. */
  dataDir: string;
  /** Default: YARDSTICK_MAX_UPLOAD_MB (100 MB). */
  maxUploadBytes?: number;
  jobs?: ImportJobs;
}

/** Bulk imports of measurements and people: upload, preview (dry run), commit as a job, history, saved mappings. */
export function importsRoutes(app: FastifyInstance, deps: ImportsRouteDeps): void {
  const { db } = deps.database;
  const maxBytes = deps.maxUploadBytes ?? maxUploadBytes();
  const store = new UploadStore(join(deps.dataDir, "uploads"));
  const jobs = deps.jobs ?? new ImportJobs();
  const caller = (auth: { organizationId: string; userId: string; role: ImportCaller["role"] }): ImportCaller => ({
    organizationId: auth.organizationId,
    userId: auth.userId,
    role: auth.role,
  });

  // Multipart parsing lives in this scope only: every other route keeps accepting JSON alone.
  app.register(async (scope) => {
    // The busboy limit sits above ours so the clear 413 below is what the caller sees.
    await scope.register(multipart, { limits: { fileSize: maxBytes + 64 * 1024, files: 1, fields: 5 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.post(
      "/api/v1/imports/uploads",
      {
        schema: {
          tags,
          summary:
            "Upload a CSV or XLSX file to import (multipart field 'file'); answers headers and a suggested mapping",
          description: `The file is kept for 24 hours under an uploadId for preview and commit. Larger than the upload limit (YARDSTICK_MAX_UPLOAD_MB, default 100 MB) is 413; an empty, binary, header-only or too-wide file is 400 with the reason. ${ACCESS_NOTE}`,
          consumes: ["multipart/form-data"],
          querystring: uploadQuerySchema,
          response: { 201: uploadResponseSchema, ...errorResponses(400, 401, 403, 413) },
        },
      },
      async (request, reply) => {
        const auth = requireRole(request, DESIGN_WRITERS);
        if (!request.isMultipart()) {
          throw badRequest("Send the file as multipart/form-data in a field named file.", [
            { path: "file", message: "missing" },
          ]);
        }
        let part: Awaited<ReturnType<typeof request.file>>;
        try {
          part = await request.file();
        } catch (error) {
          throw asUploadError(error, maxBytes);
        }
        if (!part)
          throw badRequest("No file in the upload: send it in a field named file.", [
            { path: "file", message: "missing" },
          ]);
        const fileName = part.filename?.trim() || "upload";
        let upload: Awaited<ReturnType<UploadStore["save"]>>;
        try {
          upload = await store.save(
            part.file,
            { organizationId: auth.organizationId, userId: auth.userId, fileName },
            maxBytes,
          );
        } catch (error) {
          throw asUploadError(error, maxBytes);
        }
        try {
          const info = await inspectImportFile(db, caller(auth), upload, {
            kind: request.query.kind,
            sheet: request.query.sheet,
          });
          return reply.status(201).send({
            uploadId: upload.id,
            fileName,
            size: upload.size,
            format: info.format,
            sheet: info.sheet,
            sheets: info.sheets,
            headers: info.headers,
            kind: info.kind,
            kindGuessed: info.kindGuessed,
            suggestion: info.suggestion,
          });
        } catch (error) {
          await store.remove(upload.id);
          throw error;
        }
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/imports/preview",
    {
      schema: {
        tags,
        summary: "Dry run: every problem by row and column, and what a commit would add, change or leave unchanged",
        description: `Nothing is written. The mapping is the one given, else the named source's saved mapping, else the suggestion. ${ACCESS_NOTE}`,
        body: previewBodySchema,
        response: { 200: previewResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      const body = request.body;
      const upload = await store.get(body.uploadId, auth.organizationId);
      const outcome = await previewImport(db, caller(auth), upload, {
        kind: body.kind,
        mapping: body.mapping,
        source: body.source,
        sheet: body.sheet,
      });
      return presentOutcome(outcome);
    },
  );

  r.post(
    "/api/v1/imports/commit",
    {
      schema: {
        tags,
        summary: "Commit an uploaded file as a background job: all rows or none; poll the run for progress",
        description: `Answers 202 with the run id; GET /api/v1/imports/runs/{id} shows progress and, at the end, committed with the counts or failed with every problem (nothing written). One import runs at a time per organization; later ones wait. ${ACCESS_NOTE}`,
        body: commitBodySchema,
        response: { 202: commitAcceptedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      const body = request.body;
      const upload = await store.get(body.uploadId, auth.organizationId);
      const who = caller(auth);
      const runId = await startRun(db, who, upload, body.kind ?? body.mapping?.kind);
      jobs.start(auth.organizationId, runId, async (report) => {
        const outcome = await commitImport(db, who, upload, {
          kind: body.kind,
          mapping: body.mapping,
          source: body.source,
          sheet: body.sheet,
          saveMappingAs: body.saveMappingAs,
          runId,
          onProgress: report,
        });
        if (outcome.committed) await store.remove(upload.id);
      });
      return reply.status(202).send({ runId, status: "running" as const });
    },
  );

  r.get(
    "/api/v1/imports/runs",
    {
      schema: {
        tags,
        summary: "Import history: who imported which file when, and how many rows were added, changed, unchanged",
        querystring: runListQuerySchema,
        response: { 200: runListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      const rows = await listImportRuns(db, auth.organizationId, request.query.kind);
      return { items: rows.map((row) => presentRun(row, jobs.progressOf(row.id) !== undefined)) };
    },
  );

  r.get(
    "/api/v1/imports/runs/:id",
    {
      schema: {
        tags,
        summary: "One import run with its progress (rows and bytes read) and its problems",
        params: idParamsSchema,
        response: { 200: runDetailSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      const row = await getImportRun(db, auth.organizationId, request.params.id);
      return presentRunDetail(row, jobs.progressOf(row.id));
    },
  );

  r.get(
    "/api/v1/imports/sources",
    {
      schema: {
        tags,
        summary: "Saved mappings per source, applied to next month's file",
        response: { 200: sourceListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      return { items: (await listImportSources(db, auth.organizationId)).map(presentSource) };
    },
  );

  r.put(
    "/api/v1/imports/sources",
    {
      schema: {
        tags,
        summary: "Save (create or replace) the mapping of a source, by name",
        body: putSourceBodySchema,
        response: { 200: sourceSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      return presentSource(await putImportSource(db, auth.organizationId, request.body.name, request.body.mapping));
    },
  );

  r.delete(
    "/api/v1/imports/sources/:id",
    {
      schema: {
        tags,
        summary: "Delete a saved mapping (the history keeps its runs)",
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const auth = requireRole(request, DESIGN_WRITERS);
      await deleteImportSource(db, auth.organizationId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.addHook("onClose", async () => {
    await jobs.idle();
  });
}

/** The size limit, whichever layer noticed it first, as one clear 413; anything else as it is. */
function asUploadError(error: unknown, maxBytes: number): unknown {
  if (error instanceof HttpError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "FST_REQ_FILE_TOO_LARGE" || code === "FST_PARTS_LIMIT" || code === "FST_FILES_LIMIT") {
    return code === "FST_REQ_FILE_TOO_LARGE"
      ? uploadTooLarge(maxBytes)
      : badRequest("Upload one file at a time, in a field named file.", [{ path: "file", message: "one file only" }]);
  }
  if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") {
    return badRequest("Send the file as multipart/form-data in a field named file.", [
      { path: "file", message: "missing" },
    ]);
  }
  return error;
}
