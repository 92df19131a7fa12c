import type { NewRow, RowUpdate } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";

/**
 * The latest published framework version of a role that is in effect by `onOrBefore`
 * (no effective date counts as always in effect).
 */
export async function findPublishedVersion(db: Executor, organizationId: string, roleId: string, onOrBefore: string) {
  return db
    .selectFrom("framework_versions")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("role_id", "=", roleId)
    .where("status", "=", "published")
    .where((eb) => eb.or([eb("effective_date", "is", null), eb("effective_date", "<=", onOrBefore)]))
    .orderBy("version", "desc")
    .executeTakeFirst();
}

/** Whether the role has any published version at all (to explain a skip precisely). */
export async function hasPublishedVersion(db: Executor, organizationId: string, roleId: string): Promise<boolean> {
  const row = await db
    .selectFrom("framework_versions")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("role_id", "=", roleId)
    .where("status", "=", "published")
    .executeTakeFirst();
  return row !== undefined;
}

export async function findRoleForSnapshot(db: Executor, organizationId: string, roleId: string) {
  return db
    .selectFrom("roles")
    .select(["id", "key", "title"])
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
}

export async function listKpisByKeys(db: Executor, organizationId: string, keys: readonly string[]) {
  if (keys.length === 0) return [];
  return db
    .selectFrom("kpis")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("key", "in", keys)
    .execute();
}

/** The id of the organization's stored snapshot with this content hash, if any. */
export async function findSnapshotIdByHash(
  db: Executor,
  organizationId: string,
  hash: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("scorecard_snapshots")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("content_hash", "=", hash)
    .executeTakeFirst();
  return row?.id;
}

/** Stores a snapshot unless the organization already has one with the same hash. */
export async function insertSnapshotIfNew(db: Executor, row: NewRow<"scorecard_snapshots">): Promise<void> {
  await db
    .insertInto("scorecard_snapshots")
    .values(row)
    .onConflict((oc) => oc.columns(["organization_id", "content_hash"]).doNothing())
    .execute();
}

/** Stored snapshot texts by id, in the organization (batched by the caller: few distinct ids). */
export async function listSnapshotContents(db: Executor, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("scorecard_snapshots")
    .select(["id", "content"])
    .where("organization_id", "=", organizationId)
    .where("id", "in", ids)
    .execute();
}

export async function insertScorecard(db: Executor, row: NewRow<"scorecards">): Promise<void> {
  await db.insertInto("scorecards").values(row).execute();
}

function selectScorecards(db: Executor, organizationId: string) {
  return db
    .selectFrom("scorecards as s")
    .innerJoin("employees as e", "e.id", "s.employee_id")
    .innerJoin("review_cycles as c", "c.id", "s.cycle_id")
    .selectAll("s")
    .select(["e.name as employee_name", "c.name as cycle_name", "c.status as cycle_status"])
    .where("s.organization_id", "=", organizationId);
}

export type ScorecardRow = NonNullable<Awaited<ReturnType<typeof findScorecard>>>;

export async function findScorecard(db: Executor, organizationId: string, id: string) {
  return selectScorecards(db, organizationId).where("s.id", "=", id).executeTakeFirst();
}

/** The person a scorecard belongs to, if the scorecard exists in the organization. */
export async function findScorecardEmployeeId(db: Executor, organizationId: string, id: string) {
  const row = await db
    .selectFrom("scorecards")
    .select("employee_id")
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.employee_id;
}

/** Scorecards by cycle and/or employee; `employeeIds` narrows to those (an empty list yields none). */
export async function listScorecards(
  db: Executor,
  organizationId: string,
  filter: {
    cycleId?: string | undefined;
    employeeId?: string | undefined;
    employeeIds?: readonly string[] | undefined;
  },
) {
  if (filter.employeeIds?.length === 0) return [];
  let query = selectScorecards(db, organizationId);
  if (filter.cycleId) query = query.where("s.cycle_id", "=", filter.cycleId);
  if (filter.employeeId) query = query.where("s.employee_id", "=", filter.employeeId);
  if (filter.employeeIds) query = query.where("s.employee_id", "in", filter.employeeIds);
  return query.orderBy("c.start_date", "desc").orderBy("e.name").orderBy("s.valid_from").execute();
}

/** The employee's active scorecards in open cycles, with the cycle's dates. */
export async function listActiveScorecardsInOpenCycles(db: Executor, organizationId: string, employeeId: string) {
  return db
    .selectFrom("scorecards as s")
    .innerJoin("review_cycles as c", "c.id", "s.cycle_id")
    .select(["s.id", "s.cycle_id", "s.valid_from", "s.valid_to", "c.name as cycle_name", "c.end_date as cycle_end"])
    .where("s.organization_id", "=", organizationId)
    .where("s.employee_id", "=", employeeId)
    .where("s.status", "=", "active")
    .where("c.status", "=", "open")
    .execute();
}

export async function updateScorecard(
  db: Executor,
  organizationId: string,
  id: string,
  changes: RowUpdate<"scorecards">,
): Promise<void> {
  await db
    .updateTable("scorecards")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

export async function insertOverride(db: Executor, row: NewRow<"target_overrides">): Promise<void> {
  await db.insertInto("target_overrides").values(row).execute();
}

/** Overrides of one scorecard with their authors' names, oldest first (the last per KPI wins). */
export async function listOverrides(db: Executor, organizationId: string, scorecardId: string) {
  return db
    .selectFrom("target_overrides as o")
    .leftJoin("users as u", "u.id", "o.created_by")
    .selectAll("o")
    .select("u.name as created_by_name")
    .where("o.organization_id", "=", organizationId)
    .where("o.scorecard_id", "=", scorecardId)
    .orderBy("o.created_at")
    .orderBy("o.id")
    .execute();
}
export type OverrideRow = Awaited<ReturnType<typeof listOverrides>>[number];
