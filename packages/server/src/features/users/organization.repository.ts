import type { Executor } from "../../db/executor.js";

export type OrganizationRow = NonNullable<Awaited<ReturnType<typeof findOrganizationWithMemberCount>>>;

export async function findOrganizationWithMemberCount(db: Executor, organizationId: string) {
  return db
    .selectFrom("organizations")
    .select((eb) => [
      "organizations.id as id",
      "organizations.name as name",
      "organizations.created_at as createdAt",
      eb
        .selectFrom("memberships")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("memberships.organization_id", "=", "organizations.id")
        .where("memberships.disabled_at", "is", null)
        .as("memberCount"),
    ])
    .where("organizations.id", "=", organizationId)
    .executeTakeFirst();
}

export async function renameOrganization(db: Executor, organizationId: string, name: string): Promise<void> {
  await db.updateTable("organizations").set({ name }).where("id", "=", organizationId).execute();
}

/** An organization by id or exact name (for the CLI, which has no session to scope by). */
export async function findOrganizationByIdOrName(db: Executor, idOrName: string) {
  return db
    .selectFrom("organizations")
    .select(["id", "name"])
    .where((eb) => eb.or([eb("id", "=", idOrName), eb("name", "=", idOrName)]))
    .orderBy("created_at")
    .executeTakeFirst();
}
