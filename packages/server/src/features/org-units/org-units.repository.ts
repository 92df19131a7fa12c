import type { OrgUnit } from "@yardstick/core";
import { orderParentsFirst } from "@yardstick/core";
import type { NewRow, Row, RowUpdate } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { toOrgUnitDocument } from "./org-units.presenter.js";

export async function listOrgUnits(db: Executor, organizationId: string): Promise<Row<"org_units">[]> {
  return db.selectFrom("org_units").selectAll().where("organization_id", "=", organizationId).orderBy("key").execute();
}

export async function findOrgUnit(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom("org_units")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Inserts unless the key is taken; false means a duplicate key. */
export async function insertOrgUnit(db: Executor, row: NewRow<"org_units">): Promise<boolean> {
  const result = await db
    .insertInto("org_units")
    .values(row)
    .onConflict((oc) => oc.columns(["organization_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateOrgUnit(
  db: Executor,
  organizationId: string,
  id: string,
  changes: RowUpdate<"org_units">,
): Promise<void> {
  await db
    .updateTable("org_units")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** id → parent id of every org unit: the input of cycle checks. */
export async function orgUnitParentMap(db: Executor, organizationId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom("org_units")
    .select(["id", "parent_id"])
    .where("organization_id", "=", organizationId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

export async function listChildOrgUnitKeys(db: Executor, organizationId: string, parentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("org_units")
    .select("key")
    .where("organization_id", "=", organizationId)
    .where("parent_id", "=", parentId)
    .orderBy("key")
    .execute();
  return rows.map((r) => r.key);
}

export async function listRoleKeysInOrgUnit(
  db: Executor,
  organizationId: string,
  orgUnitId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("roles")
    .select("key")
    .where("organization_id", "=", organizationId)
    .where("org_unit_id", "=", orgUnitId)
    .orderBy("key")
    .execute();
  return rows.map((r) => r.key);
}

export async function deleteOrgUnit(db: Executor, organizationId: string, id: string): Promise<void> {
  await db.deleteFrom("org_units").where("organization_id", "=", organizationId).where("id", "=", id).execute();
}

/** Every org unit in the framework document's shape (parent by key), parents before children. */
export async function listOrgUnitsForDocument(db: Executor, organizationId: string): Promise<OrgUnit[]> {
  const rows = await db
    .selectFrom("org_units as u")
    .leftJoin("org_units as p", (join) =>
      join.onRef("p.id", "=", "u.parent_id").onRef("p.organization_id", "=", "u.organization_id"),
    )
    .selectAll("u")
    .select("p.key as parent_key")
    .where("u.organization_id", "=", organizationId)
    .orderBy("u.key")
    .execute();
  const ordered = orderParentsFirst(rows.map((row) => ({ ...row, parentId: row.parent_id })));
  return ordered.map(toOrgUnitDocument);
}
