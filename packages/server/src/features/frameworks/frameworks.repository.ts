import type { NewRow } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";

/** The role a framework belongs to, only when it is in the organization. */
export async function findRole(db: Executor, organizationId: string, roleId: string) {
  return db
    .selectFrom("roles")
    .select(["id", "key", "title", "responsibilities"])
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
}

/**
 * Display names of the given users, limited to members of the organization so that a version's
 * author never reveals someone outside it.
 */
export async function findMemberNames(
  db: Executor,
  organizationId: string,
  userIds: readonly (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("users")
    .innerJoin("memberships", "memberships.user_id", "users.id")
    .select(["users.id", "users.name"])
    .where("memberships.organization_id", "=", organizationId)
    .where("users.id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every version of one role, oldest first. */
export async function listVersions(db: Executor, organizationId: string, roleId: string) {
  return db
    .selectFrom("framework_versions")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("role_id", "=", roleId)
    .orderBy("version")
    .execute();
}

export async function findVersion(db: Executor, organizationId: string, roleId: string, version: number) {
  return db
    .selectFrom("framework_versions")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("role_id", "=", roleId)
    .where("version", "=", version)
    .executeTakeFirst();
}

/** Every version of every role of the organization with the role's key, by role key then version. */
export async function listAllVersions(db: Executor, organizationId: string) {
  return db
    .selectFrom("framework_versions as fv")
    .innerJoin("roles as r", (join) =>
      join.onRef("r.id", "=", "fv.role_id").onRef("r.organization_id", "=", "fv.organization_id"),
    )
    .selectAll("fv")
    .select("r.key as role_key")
    .where("fv.organization_id", "=", organizationId)
    .orderBy("r.key")
    .orderBy("fv.version")
    .execute();
}

export async function insertVersion(db: Executor, row: NewRow<"framework_versions">): Promise<void> {
  await db.insertInto("framework_versions").values(row).execute();
}

/** Replaces a DRAFT's content; returns false when the row is not a draft (any more). */
export async function updateDraftContent(
  db: Executor,
  organizationId: string,
  id: string,
  content: string,
  updatedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable("framework_versions")
    .set({ content, updated_at: updatedAt })
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function publishDraft(
  db: Executor,
  organizationId: string,
  id: string,
  values: { effectiveDate: string; changelog: string; publishedAt: string; publishedBy: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable("framework_versions")
    .set({
      status: "published",
      effective_date: values.effectiveDate,
      changelog: values.changelog,
      published_at: values.publishedAt,
      published_by: values.publishedBy,
      updated_at: values.publishedAt,
    })
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteDraft(db: Executor, organizationId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("framework_versions")
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
