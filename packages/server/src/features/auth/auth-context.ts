import type { FastifyRequest } from "fastify";
import type { MembershipRole } from "../../db/database.js";
import { forbidden, unauthorized } from "../../http/http-errors.js";

/** Who is calling: resolved from the session cookie before any /api/v1 handler runs. */
export interface AuthContext {
  userId: string;
  organizationId: string;
  role: MembershipRole;
  sessionId: string;
  csrfToken: string;
}

declare module "fastify" {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without a session (setup, login, invitation acceptance). */
    public?: boolean;
  }
}

export const DESIGN_WRITERS: readonly MembershipRole[] = ["admin", "hr"];

/** The caller's context; throws 401 when there is none (public routes only). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthorized();
  return request.auth;
}

/** The caller's context when their membership role is one of `roles`, else 403. */
export function requireRole(request: FastifyRequest, roles: readonly MembershipRole[]): AuthContext {
  const auth = requireAuth(request);
  if (!roles.includes(auth.role)) {
    throw forbidden(`This needs the ${roles.join(" or ")} role; you are ${auth.role}.`);
  }
  return auth;
}
