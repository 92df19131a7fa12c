import type { Role } from "@yardstick/core";
import type { NewRow, Row, RowUpdate } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { containsText } from "../shared-tree/text-search.sql.js";
import { toRoleDocument } from "./roles.presenter.js";
import type { ListRolesQuery } from "./roles.schemas.js";

export async function listRoles(db: Executor, organizationId: string, filter: ListRolesQuery): Promise<Row<"roles">[]> {
  let query = db.selectFrom("roles").selectAll().where("organization_id", "=", organizationId);
  if (filter.search) query = query.where(containsText(["key", "title", "description"], filter.search));
  if (filter.family) query = query.where("family", "=", filter.family);
  if (filter.orgUnitId) query = query.where("org_unit_id", "=", filter.orgUnitId);
  return query.orderBy("title").orderBy("key").execute();
}

export async function findRole(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom("roles")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Inserts unless the key is taken; false means a duplicate key. */
export async function insertRole(db: Executor, row: NewRow<"roles">): Promise<boolean> {
  const result = await db
    .insertInto("roles")
    .values(row)
    .onConflict((oc) => oc.columns(["organization_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateRole(
  db: Executor,
  organizationId: string,
  id: string,
  changes: RowUpdate<"roles">,
): Promise<void> {
  await db
    .updateTable("roles")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** The role's framework versions, newest first (content left out: summaries only). */
export async function listRoleVersions(db: Executor, organizationId: string, roleId: string) {
  return db
    .selectFrom("framework_versions")
    .select(["id", "version", "status", "effective_date", "published_at"])
    .where("organization_id", "=", organizationId)
    .where("role_id", "=", roleId)
    .orderBy("version", "desc")
    .execute();
}

/** Deletes the role and its framework versions; the caller has checked none is published. */
export async function deleteRoleWithVersions(db: Executor, organizationId: string, id: string): Promise<void> {
  await db
    .deleteFrom("framework_versions")
    .where("organization_id", "=", organizationId)
    .where("role_id", "=", id)
    .execute();
  await db.deleteFrom("roles").where("organization_id", "=", organizationId).where("id", "=", id).execute();
}

/** Every role in the framework document's shape (org unit by key), by key. */
export async function listRolesForDocument(db: Executor, organizationId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom("roles as r")
    .leftJoin("org_units as u", (join) =>
      join.onRef("u.id", "=", "r.org_unit_id").onRef("u.organization_id", "=", "r.organization_id"),
    )
    .selectAll("r")
    .select("u.key as org_unit_key")
    .where("r.organization_id", "=", organizationId)
    .orderBy("r.key")
    .execute();
  return rows.map(toRoleDocument);
}
