import type { Objective } from "@yardstick/core";
import { orderParentsFirst } from "@yardstick/core";
import type { NewRow, Row, RowUpdate } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { toObjectiveDocument } from "./objectives.presenter.js";

export async function listObjectives(
  db: Executor,
  organizationId: string,
  options: { includeArchived: boolean },
): Promise<Row<"objectives">[]> {
  let query = db.selectFrom("objectives").selectAll().where("organization_id", "=", organizationId);
  if (!options.includeArchived) query = query.where("archived_at", "is", null);
  return query.orderBy("key").execute();
}

export async function findObjective(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom("objectives")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Inserts unless the key is taken; false means a duplicate key (race-free, no exception). */
export async function insertObjective(db: Executor, row: NewRow<"objectives">): Promise<boolean> {
  const result = await db
    .insertInto("objectives")
    .values(row)
    .onConflict((oc) => oc.columns(["organization_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateObjective(
  db: Executor,
  organizationId: string,
  id: string,
  changes: RowUpdate<"objectives">,
): Promise<void> {
  await db
    .updateTable("objectives")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** id → parent id of every objective (archived too): the input of cycle and descendant checks. */
export async function objectiveParentMap(db: Executor, organizationId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom("objectives")
    .select(["id", "parent_id"])
    .where("organization_id", "=", organizationId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** Archives the given objectives that are still live; already archived ones keep their date. */
export async function archiveObjectives(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
  now: string,
): Promise<void> {
  await db
    .updateTable("objectives")
    .set({ archived_at: now, updated_at: now })
    .where("organization_id", "=", organizationId)
    .where("id", "in", ids)
    .where("archived_at", "is", null)
    .execute();
}

export async function unarchiveObjective(db: Executor, organizationId: string, id: string, now: string) {
  await db
    .updateTable("objectives")
    .set({ archived_at: null, updated_at: now })
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .where("archived_at", "is not", null)
    .execute();
}

export async function listChildObjectives(db: Executor, organizationId: string, parentId: string) {
  return db
    .selectFrom("objectives")
    .select(["id", "key", "archived_at"])
    .where("organization_id", "=", organizationId)
    .where("parent_id", "=", parentId)
    .orderBy("key")
    .execute();
}

export async function deleteObjective(db: Executor, organizationId: string, id: string): Promise<void> {
  await db.deleteFrom("objectives").where("organization_id", "=", organizationId).where("id", "=", id).execute();
}

/**
 * Every objective of the organization in the framework document's shape (parent by key),
 * parents before children, archived ones included and marked `archived: true`.
 */
export async function listObjectivesForDocument(db: Executor, organizationId: string): Promise<Objective[]> {
  const rows = await db
    .selectFrom("objectives as o")
    .leftJoin("objectives as p", (join) =>
      join.onRef("p.id", "=", "o.parent_id").onRef("p.organization_id", "=", "o.organization_id"),
    )
    .selectAll("o")
    .select("p.key as parent_key")
    .where("o.organization_id", "=", organizationId)
    .orderBy("o.key")
    .execute();
  const ordered = orderParentsFirst(rows.map((row) => ({ ...row, parentId: row.parent_id })));
  return ordered.map(toObjectiveDocument);
}
