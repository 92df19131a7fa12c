import { ApiError, apiErrorFromResponse } from "./api-error.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** Remembers the token from `/me`, login or setup; every write sends it as `x-csrf-token`. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called once by the router: what to do when the session is gone (go to sign-in). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null | readonly string[]>;
  /** Sign-in and `/me` handle 401 themselves instead of redirecting. */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

/** Builds `/api/v1/...?a=1&b=2`, dropping empty values so filters can be passed as they are. */
export function apiUrl(path: string, query?: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const v of value) params.append(name, v);
    else params.set(name, String(value));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ""}`;
}

/**
 * Calls the API with the session cookie; sends JSON and the CSRF header on writes; turns error
 * bodies into an {@link ApiError}; on 401 (session gone) hands over to the sign-in redirect.
 */
export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if ((cause as Error).name === "AbortError") throw cause;
    throw new ApiError(
      0,
      "network",
      "Cannot reach the Yardstick server. Check your connection and that the server is running, then try again.",
    );
  }
  if (response.status === 401 && !options.allowUnauthorized) {
    const error = await apiErrorFromResponse(response);
    onUnauthorized?.();
    throw error;
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return (await response.text()) as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>("GET", path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>("POST", path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>("PATCH", path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => apiRequest<T>("PUT", path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => apiRequest<T>("DELETE", path, options),
};

/** `{ items: [...] }` — the shape of every list endpoint. */
export interface ListResponse<T> {
  items: T[];
}

/** Bytes sent so far of an upload, for a progress bar. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Sends one file as multipart/form-data (field `file`) with the session cookie and CSRF header.
 * Uses XMLHttpRequest because fetch reports no upload progress; errors become {@link ApiError}
 * exactly as in {@link apiRequest}.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  options: { query?: RequestOptions["query"]; onProgress?: (p: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", apiUrl(path, options.query));
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.total || file.size });
    xhr.onerror = () =>
      reject(
        new ApiError(
          0,
          "network",
          "The upload did not reach the Yardstick server. Check your connection and try again.",
        ),
      );
    xhr.onabort = () => reject(new DOMException("The upload was cancelled.", "AbortError"));
    xhr.onload = async () => {
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { "content-type": xhr.getResponseHeader("content-type") ?? "" },
      });
      if (response.status === 401) onUnauthorized?.();
      if (!response.ok) return reject(await apiErrorFromResponse(response));
      resolve((await response.json()) as T);
    };
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append("file", file, file.name);
    xhr.send(body);
  });
}
