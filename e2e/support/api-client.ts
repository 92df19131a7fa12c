import { type APIRequestContext, type APIResponse, request } from "@playwright/test";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** A signed-in API session for seeding test data: cookie from a storage state, CSRF token from /me. */
export class ApiClient {
  private constructor(
    readonly context: APIRequestContext,
    private csrfToken: string,
  ) {}

  /** Opens a session from a stored sign-in (see support/auth-state.ts). */
  static async fromStorageState(baseURL: string, storageState: string): Promise<ApiClient> {
    const context = await request.newContext({ baseURL, storageState });
    const client = new ApiClient(context, "");
    await client.refreshCsrfToken();
    return client;
  }

  /** Wraps a context that already carries a session cookie (e.g. right after setup or accept). */
  static async fromContext(context: APIRequestContext): Promise<ApiClient> {
    const client = new ApiClient(context, "");
    await client.refreshCsrfToken();
    return client;
  }

  async refreshCsrfToken(): Promise<void> {
    const me = await this.get<{ csrfToken: string }>("/api/v1/me");
    this.csrfToken = me.csrfToken;
  }

  get<T>(url: string): Promise<T> {
    return this.send<T>("GET", url);
  }
  post<T>(url: string, body?: unknown): Promise<T> {
    return this.send<T>("POST", url, body);
  }
  patch<T>(url: string, body: unknown): Promise<T> {
    return this.send<T>("PATCH", url, body);
  }
  put<T>(url: string, body: unknown): Promise<T> {
    return this.send<T>("PUT", url, body);
  }
  delete(url: string): Promise<void> {
    return this.send<void>("DELETE", url);
  }

  /** Sends a request and returns the raw response, for tests that expect a refusal. */
  raw(method: Method, url: string, body?: unknown): Promise<APIResponse> {
    return this.context.fetch(url, {
      method,
      headers: method === "GET" ? {} : { "x-csrf-token": this.csrfToken },
      ...(body === undefined ? {} : { data: body }),
    });
  }

  /** Sends a request; any non-2xx status fails with the method, URL, status and response body. */
  async send<T>(method: Method, url: string, body?: unknown): Promise<T> {
    const response = await this.raw(method, url, body);
    if (!response.ok()) {
      throw new Error(`${method} ${url} → ${response.status()}: ${await response.text()}`);
    }
    if (response.status() === 204) return undefined as T;
    return (await response.json()) as T;
  }

  dispose(): Promise<void> {
    return this.context.dispose();
  }
}
