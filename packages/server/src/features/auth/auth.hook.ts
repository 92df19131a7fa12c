import type { FastifyInstance } from "fastify";
import { HttpError, unauthorized } from "../../http/http-errors.js";
import type { AuthService } from "./auth.service.js";

export const SESSION_COOKIE = "yardstick_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Resolves the session cookie for every /api/v1 request. Routes marked `config.public`
 * may be called without one; every other route answers 401 without a live session.
 * Writes made with the cookie must echo the session's CSRF token in a header, so another
 * site cannot make the browser write on the user's behalf.
 */
export function registerAuthHook(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/v1/")) return;
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await auth.resolveSession(token) : null;
    if (request.routeOptions.config?.public) return;
    if (!request.auth) {
      throw unauthorized(token ? "Your session has expired. Sign in again." : "Sign in to continue.");
    }
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== request.auth.csrfToken) {
      throw new HttpError(403, "csrf_failed", `Missing or wrong ${CSRF_HEADER} header. Reload the page and try again.`);
    }
  });
}
