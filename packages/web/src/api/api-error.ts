/** One field problem reported by the API (`path` is dotted, e.g. `responsibilities.0.key`). */
export interface ApiIssue {
  path: string;
  message: string;
}

/** An error answered by the API (`{ error: { code, message, issues? } }`) or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
  }

  /** The message of the issue at `path` (or below it), for showing next to that form field. */
  issueFor(path: string): string | undefined {
    return this.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
  }
}

/** Reads an error body defensively: proxies and crashes may answer HTML or nothing. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | undefined)?.error;
  const code = typeof error?.code === "string" ? error.code : `http_${response.status}`;
  const message =
    typeof error?.message === "string" ? error.message : fallbackMessage(response.status, response.statusText);
  const issues = Array.isArray(error?.issues)
    ? (error.issues as unknown[]).filter(isIssue).map((i) => ({ path: i.path, message: i.message }))
    : [];
  return new ApiError(response.status, code, message, issues);
}

function isIssue(value: unknown): value is ApiIssue {
  const v = value as ApiIssue | null;
  return typeof v === "object" && v !== null && typeof v.path === "string" && typeof v.message === "string";
}

function fallbackMessage(status: number, statusText: string): string {
  if (status >= 500)
    return "The server ran into a problem. Try again in a moment; if it keeps happening, check the server log.";
  if (status === 404) return "Not found: it may have been deleted. Go back and reload the list.";
  return `The request failed (${status} ${statusText}).`;
}

/** A message for any thrown value, for alerts and notifications. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return "Something went wrong. Reload the page and try again.";
}
