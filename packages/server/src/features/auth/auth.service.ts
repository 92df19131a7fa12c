import type { Kysely } from "kysely";
import { isSqliteBusy } from "../../db/connect.js";
import type { Database } from "../../db/database.js";
import { newId, nowIso } from "../../db/executor.js";
import { conflict, unauthorized } from "../../http/http-errors.js";
import {
  countUsers,
  findMe,
  findUserByEmail,
  insertMembership,
  insertOrganization,
  insertUser,
  listMemberships,
} from "./account.repository.js";
import type { Me } from "./auth.schemas.js";
import type { AuthContext } from "./auth-context.js";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password.js";
import { deleteSession, findActiveSession, insertSession, touchSession } from "./session.repository.js";
import { hashToken, newToken } from "./token.js";

export interface NewSession {
  token: string;
  expiresAt: Date;
  me: Me;
}

export class AuthService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sessionTtlMs: number,
  ) {}

  async needsSetup(): Promise<boolean> {
    return (await countUsers(this.db)) === 0;
  }

  /** First run: creates the organization and its admin, and signs the admin in. 409 once anyone exists. */
  async setup(input: { organization: string; name: string; email: string; password: string }): Promise<NewSession> {
    const passwordHash = await hashPassword(input.password);
    const { userId, organizationId } = await this.db.transaction().execute(async (trx) => {
      if ((await countUsers(trx)) > 0) {
        throw conflict("This instance is already set up. Sign in instead, or ask an admin for an invitation.");
      }
      const now = nowIso();
      const organizationId = newId();
      const userId = newId();
      await insertOrganization(trx, { id: organizationId, name: input.organization, settings: "{}", created_at: now });
      await insertUser(trx, {
        id: userId,
        email: input.email,
        name: input.name,
        password_hash: passwordHash,
        created_at: now,
        disabled_at: null,
      });
      await insertMembership(trx, {
        id: newId(),
        organization_id: organizationId,
        user_id: userId,
        role: "admin",
        created_at: now,
      });
      return { userId, organizationId };
    });
    return this.startSession(userId, organizationId);
  }

  async login(email: string, password: string): Promise<NewSession> {
    const user = await findUserByEmail(this.db, email);
    const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
    // One message for every failure, so the answer does not reveal which emails have accounts.
    const failure = unauthorized("Email or password is incorrect.");
    if (!user || !ok || user.disabled_at) throw failure;
    const membership = (await listMemberships(this.db, user.id))[0];
    if (!membership) throw failure;
    return this.startSession(user.id, membership.organizationId);
  }

  async startSession(userId: string, organizationId: string): Promise<NewSession> {
    const token = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    const csrfToken = newToken();
    await insertSession(this.db, {
      id: newId(),
      token_hash: hashToken(token),
      csrf_token: csrfToken,
      user_id: userId,
      organization_id: organizationId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      last_seen_at: now.toISOString(),
    });
    const me = await this.me({ userId, organizationId, csrfToken });
    return { token, expiresAt, me };
  }

  /** The caller behind a session cookie, or null. Sliding expiry, refreshed at most once a minute. */
  async resolveSession(token: string): Promise<AuthContext | null> {
    const now = new Date();
    const session = await findActiveSession(this.db, hashToken(token), now.toISOString());
    if (!session) return null;
    if (now.getTime() - Date.parse(session.lastSeenAt) > 60_000) {
      const expiresAt = new Date(now.getTime() + this.sessionTtlMs).toISOString();
      // Best effort: extending a session must not fail a read while an import holds the write lock.
      await touchSession(this.db, session.sessionId, now.toISOString(), expiresAt).catch((error: unknown) => {
        if (!isSqliteBusy(error)) throw error;
      });
    }
    return {
      userId: session.userId,
      organizationId: session.organizationId,
      role: session.role,
      sessionId: session.sessionId,
      csrfToken: session.csrfToken,
    };
  }

  async logout(sessionId: string): Promise<void> {
    await deleteSession(this.db, sessionId);
  }

  async me(auth: Pick<AuthContext, "userId" | "organizationId" | "csrfToken">): Promise<Me> {
    const row = await findMe(this.db, auth.userId, auth.organizationId);
    if (!row) throw unauthorized();
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      organization: { id: row.organizationId, name: row.organizationName },
      csrfToken: auth.csrfToken,
    };
  }
}
