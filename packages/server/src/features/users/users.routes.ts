import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { requireRole } from "../auth/auth-context.js";
import { updateUserBodySchema, userListSchema, userParamsSchema, userSchema } from "./users.schemas.js";
import { UsersService } from "./users.service.js";

const MEMBER_READERS = ["admin", "hr"] as const;
const MEMBER_WRITERS = ["admin"] as const;

export function userRoutes(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const users = new UsersService(deps.db);

  r.get(
    "/api/v1/users",
    {
      schema: {
        tags: ["users"],
        summary: "Members of your organization (admin, hr)",
        response: { 200: userListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireRole(request, MEMBER_READERS);
      return { items: await users.list(auth.organizationId) };
    },
  );

  r.patch(
    "/api/v1/users/:id",
    {
      schema: {
        tags: ["users"],
        summary: "Change a member's role (admin); the last active admin cannot be demoted",
        params: userParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const auth = requireRole(request, MEMBER_WRITERS);
      return users.changeRole(auth, request.params.id, request.body.role);
    },
  );

  r.post(
    "/api/v1/users/:id/deactivate",
    {
      schema: {
        tags: ["users"],
        summary: "Deactivate a member (admin): ends their sessions here, keeps their history",
        params: userParamsSchema,
        response: { 200: userSchema, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const auth = requireRole(request, MEMBER_WRITERS);
      return users.deactivate(auth, request.params.id);
    },
  );

  r.post(
    "/api/v1/users/:id/reactivate",
    {
      schema: {
        tags: ["users"],
        summary: "Reactivate a deactivated member (admin)",
        params: userParamsSchema,
        response: { 200: userSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const auth = requireRole(request, MEMBER_WRITERS);
      return users.reactivate(auth, request.params.id);
    },
  );
}
