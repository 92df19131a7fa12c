import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppConfig } from "../../config/config.js";
import { HttpError } from "../../http/http-errors.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { SESSION_COOKIE } from "./auth.hook.js";
import { loginBodySchema, meSchema, setupBodySchema } from "./auth.schemas.js";
import type { AuthService, NewSession } from "./auth.service.js";
import { requireAuth } from "./auth-context.js";
import { loginThrottleFor } from "./login-throttle.js";

export function setSessionCookie(reply: FastifyReply, config: AppConfig, session: NewSession): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
    expires: session.expiresAt,
  });
}

/** Per-IP limit for the routes that check passwords (setup, sign-in, invitation acceptance). */
export function passwordRouteRateLimit(config: AppConfig) {
  return { max: config.loginRateLimitPerMinute, timeWindow: "1 minute" };
}

export function authRoutes(app: FastifyInstance, deps: { auth: AuthService; config: AppConfig }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const throttle = loginThrottleFor(app, deps.config);

  r.get(
    "/api/v1/setup",
    {
      config: { public: true },
      schema: {
        tags: ["auth"],
        summary: "Whether the instance still needs its first-run setup",
        response: { 200: z.object({ needsSetup: z.boolean() }) },
      },
    },
    async () => ({ needsSetup: await deps.auth.needsSetup() }),
  );

  r.post(
    "/api/v1/setup",
    {
      config: { public: true, rateLimit: passwordRouteRateLimit(deps.config) },
      schema: {
        tags: ["auth"],
        summary: "First run: create the organization and its admin (only while there is no user)",
        body: setupBodySchema,
        response: { 201: meSchema, ...errorResponses(400, 409) },
      },
    },
    async (request, reply) => {
      const session = await deps.auth.setup(request.body);
      setSessionCookie(reply, deps.config, session);
      return reply.status(201).send(session.me);
    },
  );

  r.post(
    "/api/v1/auth/login",
    {
      config: { public: true, rateLimit: passwordRouteRateLimit(deps.config) },
      schema: {
        tags: ["auth"],
        summary: "Sign in with email and password; sets the session cookie",
        description:
          "Limited per client IP (YARDSTICK_LOGIN_RATE_LIMIT per minute) and per email: after " +
          "YARDSTICK_LOGIN_MAX_FAILURES failures the email is locked for YARDSTICK_LOGIN_LOCK_MINUTES (429 with Retry-After).",
        body: loginBodySchema,
        response: { 200: meSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      throttle.assertNotLocked(email);
      let session: NewSession;
      try {
        session = await deps.auth.login(email, password);
      } catch (error) {
        if (error instanceof HttpError && error.statusCode === 401) throttle.recordFailure(email);
        throw error;
      }
      throttle.recordSuccess(email);
      setSessionCookie(reply, deps.config, session);
      return session.me;
    },
  );

  r.post(
    "/api/v1/auth/logout",
    {
      config: { public: true },
      schema: { tags: ["auth"], summary: "Sign out: ends the session", response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.auth) await deps.auth.logout(request.auth.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/v1/me",
    {
      schema: {
        tags: ["auth"],
        summary: "The signed-in user, their organization and role",
        response: { 200: meSchema, ...errorResponses(401) },
      },
    },
    async (request) => deps.auth.me(requireAuth(request)),
  );
}
