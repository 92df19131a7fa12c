/** One issue with one field of a request, e.g. { path: "weights", message: "must sum to 100" }. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * An error that maps to an HTTP status with a message a person can act on.
 * Services throw these; the error handler renders `{ error: { code, message, issues? } }`.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** Extra response headers, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const badRequest = (message: string, issues: FieldIssue[] = []) =>
  new HttpError(400, "validation_error", message, issues);
export const unauthorized = (message = "Sign in to continue.") => new HttpError(401, "unauthorized", message);
export const forbidden = (message = "Your role does not allow this.") => new HttpError(403, "forbidden", message);
export const notFound = (what: string) => new HttpError(404, "not_found", `${what} not found.`);
export const conflict = (message: string, issues: FieldIssue[] = []) => new HttpError(409, "conflict", message, issues);
/** Something that existed and can no longer be used (an accepted or expired invitation). */
export const gone = (message: string) => new HttpError(410, "gone", message);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new HttpError(429, "too_many_attempts", message, [], {
    "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });

/** Shapes every error response; the OpenAPI document references it for 4xx answers. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: FieldIssue[] };
}
