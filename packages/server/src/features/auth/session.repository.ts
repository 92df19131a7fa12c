import type { NewRow } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";

export async function insertSession(db: Executor, row: NewRow<"sessions">): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

/** The live session for a token hash, joined with its user and membership. */
export async function findActiveSession(db: Executor, tokenHash: string, now: string) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .innerJoin("memberships", (join) =>
      join
        .onRef("memberships.user_id", "=", "sessions.user_id")
        .onRef("memberships.organization_id", "=", "sessions.organization_id"),
    )
    .select([
      "sessions.id as sessionId",
      "sessions.csrf_token as csrfToken",
      "sessions.user_id as userId",
      "sessions.organization_id as organizationId",
      "sessions.last_seen_at as lastSeenAt",
      "memberships.role as role",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .where("sessions.expires_at", ">", now)
    .where("users.disabled_at", "is", null)
    .where("memberships.disabled_at", "is", null)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, sessionId: string, now: string, expiresAt: string): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where("id", "=", sessionId)
    .execute();
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Ends every session of a user, e.g. when they are deactivated. */
export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

/** Ends a user's sessions in one organization (deactivation there leaves their other organizations alone). */
export async function deleteSessionsOfMembership(db: Executor, userId: string, organizationId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).where("organization_id", "=", organizationId).execute();
}
