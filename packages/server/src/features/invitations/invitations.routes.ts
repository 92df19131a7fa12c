import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { AppConfig } from "../../config/config.js";
import type { Database } from "../../db/database.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { passwordRouteRateLimit, setSessionCookie } from "../auth/auth.routes.js";
import { meSchema } from "../auth/auth.schemas.js";
import type { AuthService } from "../auth/auth.service.js";
import { requireRole } from "../auth/auth-context.js";
import { loginThrottleFor } from "../auth/login-throttle.js";
import {
  acceptInvitationBodySchema,
  createdInvitationSchema,
  createInvitationBodySchema,
  invitationListSchema,
  invitationLookupSchema,
  invitationParamsSchema,
  lookupQuerySchema,
} from "./invitations.schemas.js";
import { InvitationsService } from "./invitations.service.js";

export function invitationRoutes(
  app: FastifyInstance,
  deps: { db: Kysely<Database>; auth: AuthService; config: AppConfig },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const invitations = new InvitationsService(deps.db, deps.auth, loginThrottleFor(app, deps.config));

  r.post(
    "/api/v1/invitations",
    {
      schema: {
        tags: ["invitations"],
        summary: "Invite someone to your organization (admin); the accept link is shown only once, valid 7 days",
        body: createInvitationBodySchema,
        response: { 201: createdInvitationSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const auth = requireRole(request, ["admin"]);
      return reply.status(201).send(await invitations.create(auth, request.body));
    },
  );

  r.get(
    "/api/v1/invitations",
    {
      schema: {
        tags: ["invitations"],
        summary: "Pending invitations of your organization (admin, hr)",
        response: { 200: invitationListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireRole(request, ["admin", "hr"]);
      return { items: await invitations.listPending(auth.organizationId) };
    },
  );

  r.delete(
    "/api/v1/invitations/:id",
    {
      schema: {
        tags: ["invitations"],
        summary: "Revoke a pending invitation (admin): its link stops working",
        params: invitationParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const auth = requireRole(request, ["admin"]);
      await invitations.revoke(auth.organizationId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/v1/invitations/lookup",
    {
      // Not rate limited: a lookup is one indexed query and the 256-bit token cannot be guessed.
      config: { public: true },
      schema: {
        tags: ["invitations"],
        summary: "What an invitation link is for (public; for the accept page)",
        security: [],
        querystring: lookupQuerySchema,
        response: { 200: invitationLookupSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => invitations.lookup(request.query.token),
  );

  r.post(
    "/api/v1/invitations/accept",
    {
      // Limited like sign-in: it checks an existing account's password and hashes new ones.
      config: { public: true, rateLimit: passwordRouteRateLimit(deps.config) },
      schema: {
        tags: ["invitations"],
        summary: "Accept an invitation (public): creates the account or adds the membership, and signs in",
        security: [],
        body: acceptInvitationBodySchema,
        response: { 201: meSchema, ...errorResponses(400, 401, 404, 409, 410, 429) },
      },
    },
    async (request, reply) => {
      const session = await invitations.accept(request.body);
      setSessionCookie(reply, deps.config, session);
      return reply.status(201).send(session.me);
    },
  );
}
