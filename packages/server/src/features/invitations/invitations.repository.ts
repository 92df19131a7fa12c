import type { NewRow } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";

export type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitationByTokenHash>>>;

export async function insertInvitation(db: Executor, row: NewRow<"invitations">): Promise<void> {
  await db.insertInto("invitations").values(row).execute();
}

/** Not yet accepted and not expired. */
export async function listPendingInvitations(db: Executor, organizationId: string, now: string) {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("accepted_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at", "desc")
    .execute();
}

export async function findPendingInvitationForEmail(db: Executor, organizationId: string, email: string, now: string) {
  return db
    .selectFrom("invitations")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("email", "=", email)
    .where("accepted_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

/** Revoking removes the invitation (its link stops working); accepted ones are history and stay. */
export async function deletePendingInvitation(db: Executor, organizationId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("invitations")
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * The invitation behind a link, with its organization's name. Not filtered by organization:
 * the secret token is what identifies it (the caller is not signed in yet).
 */
export async function findInvitationByTokenHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom("invitations")
    .innerJoin("organizations", "organizations.id", "invitations.organization_id")
    .select([
      "invitations.id as id",
      "invitations.organization_id as organizationId",
      "organizations.name as organizationName",
      "invitations.email as email",
      "invitations.name as name",
      "invitations.role as role",
      "invitations.expires_at as expiresAt",
      "invitations.accepted_at as acceptedAt",
    ])
    .where("invitations.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Marks it used; false when another request used it first. */
export async function markInvitationAccepted(
  db: Executor,
  organizationId: string,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ accepted_at: now })
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether the email belongs to a member of the organization (deactivated members count). */
export async function isMemberByEmail(db: Executor, organizationId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("memberships.id")
    .where("memberships.organization_id", "=", organizationId)
    .where("users.email", "=", email)
    .executeTakeFirst();
  return row !== undefined;
}
