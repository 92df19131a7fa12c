import type { MembershipRole, NewRow } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOrganization(db: Executor, row: NewRow<"organizations">): Promise<void> {
  await db.insertInto("organizations").values(row).execute();
}

export async function insertUser(db: Executor, row: NewRow<"users">): Promise<void> {
  await db.insertInto("users").values(row).execute();
}

export async function insertMembership(db: Executor, row: NewRow<"memberships">): Promise<void> {
  await db.insertInto("memberships").values(row).execute();
}

export async function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

/** The user's active memberships, oldest first: the first one is where a sign-in lands. */
export async function listMemberships(db: Executor, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .select([
      "memberships.organization_id as organizationId",
      "organizations.name as organizationName",
      "memberships.role as role",
    ])
    .where("memberships.user_id", "=", userId)
    .where("memberships.disabled_at", "is", null)
    .orderBy("memberships.created_at")
    .execute();
}

export async function findMe(db: Executor, userId: string, organizationId: string) {
  return db
    .selectFrom("users")
    .innerJoin("memberships", "memberships.user_id", "users.id")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .select([
      "users.id as id",
      "users.email as email",
      "users.name as name",
      "memberships.role as role",
      "organizations.id as organizationId",
      "organizations.name as organizationName",
    ])
    .where("users.id", "=", userId)
    .where("memberships.organization_id", "=", organizationId)
    .executeTakeFirst();
}

export type { MembershipRole };
