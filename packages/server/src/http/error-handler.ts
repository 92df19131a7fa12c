import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isSqliteBusy } from "../db/connect.js";
import { type ErrorBody, type FieldIssue, HttpError } from "./http-errors.js";

/** JSON pointer "/assignments/0/weight" → "assignments.0.weight"; unknown keys name themselves. */
function issuePath(instancePath: string, params: Record<string, unknown> | undefined): string {
  const base = instancePath.replace(/^\//, "").replaceAll("/", ".");
  const keys = params?.keys;
  if (Array.isArray(keys) && keys.length > 0) {
    return keys.map((k) => (base ? `${base}.${String(k)}` : String(k))).join(", ");
  }
  return base || "(body)";
}

/** 1048576 → "1 MB", 1536 → "1.5 KB": limits are quoted in messages people read. */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Fastify's own client errors, reworded so the caller knows what to change. */
function clientErrorMessage(error: FastifyError, bodyLimit: number, contentType: string | undefined): string {
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return `Request body is larger than ${formatBytes(bodyLimit)}. Send less data in one request.`;
  }
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return `Content-Type ${contentType ? `"${contentType}" ` : ""}is not supported here. Send JSON with Content-Type: application/json.`;
  }
  return error.message;
}

/**
 * Renders every failure as `{ error: { code, message, issues? } }` with the right status.
 * Unexpected errors become a 500 with no internals; the log keeps the details.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      const body: ErrorBody = { error: { code: error.code, message: error.message } };
      if (error.issues.length > 0) body.error.issues = error.issues;
      reply.headers(error.headers);
      return reply.status(error.statusCode).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? "body";
      const issues: FieldIssue[] = error.validation.map((v) => ({
        path: issuePath(v.instancePath, v.params as Record<string, unknown>),
        message: v.message ?? "is invalid",
      }));
      const first = issues[0];
      const message = first
        ? `Invalid ${where}: ${first.path} ${first.message.charAt(0).toLowerCase()}${first.message.slice(1)}`
        : `Invalid ${where}.`;
      return reply.status(400).send({ error: { code: "validation_error", message, issues } } satisfies ErrorBody);
    }
    if (isSqliteBusy(error)) {
      // SQLite allows one writer at a time; a bulk import holds the write lock until it commits, and
      // a write that waited busy_timeout for it is worth retrying shortly, not a server fault.
      reply.header("retry-after", "60");
      return reply.status(503).send({
        error: { code: "busy", message: "An import is being saved; try again in a minute." },
      } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, forbidden __proto__ keys, rate limits.
      const code =
        status === 413
          ? "payload_too_large"
          : status === 429
            ? "rate_limited"
            : status === 415
              ? "unsupported_media_type"
              : "bad_request";
      const message = clientErrorMessage(error, request.routeOptions.bodyLimit ?? 0, request.headers["content-type"]);
      return reply.status(status).send({ error: { code, message } } satisfies ErrorBody);
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send({
      error: {
        code: "internal_error",
        message: "Something went wrong on our side. Try again; if it persists, check the server log.",
      },
    } satisfies ErrorBody);
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: "not_found", message: `No route ${request.method} ${request.url.split("?")[0]}.` },
    } satisfies ErrorBody);
  });
}
