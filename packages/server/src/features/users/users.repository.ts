import type { MembershipRole } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";

/** A member of one organization: the user row joined with their membership there. */
export type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

function selectMembers(db: Executor, organizationId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "users.id as id",
      "users.name as name",
      "users.email as email",
      "memberships.role as role",
      "memberships.disabled_at as disabledAt",
    ])
    .where("memberships.organization_id", "=", organizationId);
}

export async function listMembers(db: Executor, organizationId: string) {
  return selectMembers(db, organizationId).orderBy("users.name").orderBy("users.email").execute();
}

export async function findMember(db: Executor, organizationId: string, userId: string) {
  return selectMembers(db, organizationId).where("users.id", "=", userId).executeTakeFirst();
}

export async function updateMemberRole(
  db: Executor,
  organizationId: string,
  userId: string,
  role: MembershipRole,
): Promise<void> {
  await db
    .updateTable("memberships")
    .set({ role })
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .execute();
}

export async function setMemberDisabledAt(
  db: Executor,
  organizationId: string,
  userId: string,
  disabledAt: string | null,
): Promise<void> {
  await db
    .updateTable("memberships")
    .set({ disabled_at: disabledAt })
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .execute();
}

/** Admins who can still sign in to the organization. */
export async function countActiveAdmins(db: Executor, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("memberships.organization_id", "=", organizationId)
    .where("memberships.role", "=", "admin")
    .where("memberships.disabled_at", "is", null)
    .where("users.disabled_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Serializes admin changes within one organization: a no-op update takes the organization row's
 * write lock on PostgreSQL (SQLite already runs one write transaction at a time), so two admins
 * demoting each other at once cannot both pass the "last admin" check.
 */
export async function lockOrganization(db: Executor, organizationId: string): Promise<void> {
  await db
    .updateTable("organizations")
    .set((eb) => ({ name: eb.ref("name") }))
    .where("id", "=", organizationId)
    .execute();
}

/**
 * Active memberships of a user across organizations. The one query here not filtered by
 * organization: it only counts, to decide whether the account as a whole is still in use.
 */
export async function countActiveMembershipsOfUser(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("disabled_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The account-wide switch, kept in step with memberships: set when none is active any more. */
export async function setUserDisabledAt(db: Executor, userId: string, disabledAt: string | null): Promise<void> {
  await db.updateTable("users").set({ disabled_at: disabledAt }).where("id", "=", userId).execute();
}

/** Whether the user has a membership (active or not) in the organization. */
export async function hasMembership(db: Executor, organizationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}
