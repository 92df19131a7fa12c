import type { CycleStatus, NewRow, RowUpdate } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";

export async function listCycles(db: Executor, organizationId: string, status?: CycleStatus) {
  let query = db.selectFrom("review_cycles").selectAll().where("organization_id", "=", organizationId);
  if (status) query = query.where("status", "=", status);
  return query.orderBy("start_date", "desc").orderBy("name").execute();
}

export async function findCycle(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom("review_cycles")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function insertCycle(db: Executor, row: NewRow<"review_cycles">): Promise<void> {
  await db.insertInto("review_cycles").values(row).execute();
}

/**
 * Updates a cycle only while it is still in `expectedStatus`; false when another request moved
 * it first, so two concurrent "open" calls cannot both create scorecards.
 */
export async function updateCycleIfStatus(
  db: Executor,
  organizationId: string,
  id: string,
  expectedStatus: CycleStatus,
  changes: RowUpdate<"review_cycles">,
): Promise<boolean> {
  const result = await db
    .updateTable("review_cycles")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .where("status", "=", expectedStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
