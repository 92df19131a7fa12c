import { sql } from "kysely";
import type { NewRow } from "../../db/database.js";
import { type Executor, isPostgres } from "../../db/executor.js";

/** Scorecards with what scoring needs (snapshot id, validity, the cycle's sub-periods). */
export async function listScorecardsForScoring(db: Executor, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("scorecards as s")
    .innerJoin("review_cycles as c", "c.id", "s.cycle_id")
    .select([
      "s.id",
      "s.cycle_id",
      "s.employee_id",
      "s.snapshot_id",
      "s.valid_from",
      "s.valid_to",
      "c.sub_periods",
      "c.start_date as cycle_start",
      "c.end_date as cycle_end",
    ])
    .where("s.organization_id", "=", organizationId)
    .where("s.id", "in", ids)
    .execute();
}
export type ScoringScorecardRow = Awaited<ReturnType<typeof listScorecardsForScoring>>[number];

/** Separators of the packed values (ASCII unit/record separators: never in keys, periods or dates). */
export const VALUE_FIELD_SEPARATOR = "\u001f";
export const VALUE_RECORD_SEPARATOR = "\u001e";

/**
 * Every scorecard of a cycle as the cycle-wide recompute needs it, read from scorecards_scoring_idx
 * alone (the rows themselves are never visited). The snapshot is an id into scorecard_snapshots:
 * a cycle of 100k people shares a handful of them.
 */
export async function listCycleCardsForScoring(db: Executor, organizationId: string, cycleId: string) {
  return db
    .selectFrom("scorecards")
    .select(["id", "employee_id", "snapshot_id", "valid_from", "valid_to"])
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "=", cycleId)
    .execute();
}

/**
 * The current values of a cycle, one row per scorecard: `packed` holds
 * `kpi␟period␟measured_on␟value` records joined by ␞. One string per scorecard instead of one
 * row per value is what makes ~2M values loadable in under a second; the covering index
 * measurements_scoring_idx serves it in scorecard order without a sort. Both dialects print
 * doubles in their shortest round-trip form, so the numbers come back exact.
 */
export async function listCyclePackedValues(db: Executor, organizationId: string, cycleId: string) {
  const packed = isPostgres(db)
    ? sql<string>`string_agg(kpi_key || chr(31) || period || chr(31) || measured_on || chr(31) || value::text, chr(30))`
    : sql<string>`group_concat(kpi_key || char(31) || period || char(31) || measured_on || char(31) || CAST(value AS TEXT), char(30))`;
  return db
    .selectFrom("measurements")
    .select(["scorecard_id", packed.as("packed")])
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "=", cycleId)
    .groupBy("scorecard_id")
    .execute();
}

/**
 * One stored snapshot per framework version used in a cycle (`snapshot` is its JSON text). The
 * distinct (version, snapshot) pairs are found first, so each text is read once.
 */
export async function listCycleSnapshots(db: Executor, organizationId: string, cycleId: string) {
  const used = db
    .selectFrom("scorecards")
    .select(({ fn }) => ["framework_version_id", fn.min("snapshot_id").as("snapshot_id")])
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "=", cycleId)
    .groupBy("framework_version_id")
    .as("u");
  return db
    .selectFrom(used)
    .innerJoin("scorecard_snapshots as ss", "ss.id", "u.snapshot_id")
    .select(["u.framework_version_id", "ss.content as snapshot"])
    .where("ss.organization_id", "=", organizationId)
    .execute();
}

/** Target overrides of every scorecard of a cycle, oldest first (the latest per KPI wins). */
export async function listCycleOverrides(db: Executor, organizationId: string, cycleId: string) {
  return db
    .selectFrom("target_overrides as o")
    .innerJoin("scorecards as s", "s.id", "o.scorecard_id")
    .selectAll("o")
    .where("o.organization_id", "=", organizationId)
    .where("s.organization_id", "=", organizationId)
    .where("s.cycle_id", "=", cycleId)
    .orderBy("o.created_at")
    .orderBy("o.id")
    .execute();
}

/** Ids of every scorecard of a cycle. */
export async function listCycleScorecardIds(db: Executor, organizationId: string, cycleId: string) {
  const rows = await db
    .selectFrom("scorecards")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "=", cycleId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Target overrides of many scorecards, oldest first (the latest per KPI wins). */
export async function listOverridesFor(db: Executor, organizationId: string, scorecardIds: readonly string[]) {
  if (scorecardIds.length === 0) return [];
  return db
    .selectFrom("target_overrides")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("scorecard_id", "in", scorecardIds)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** Per scorecard: how many overrides and the latest time, which is all a cache stamp needs. */
export async function overrideStamps(db: Executor, organizationId: string, scorecardIds: readonly string[]) {
  if (scorecardIds.length === 0) return [];
  return db
    .selectFrom("target_overrides")
    .select(({ fn }) => ["scorecard_id", fn.countAll<number | string>().as("count"), fn.max("created_at").as("latest")])
    .where("organization_id", "=", organizationId)
    .where("scorecard_id", "in", scorecardIds)
    .groupBy("scorecard_id")
    .execute();
}

/** Current measurement values of many scorecards: one query per batch. */
export async function listCurrentValues(db: Executor, organizationId: string, scorecardIds: readonly string[]) {
  if (scorecardIds.length === 0) return [];
  return db
    .selectFrom("measurements")
    .select(["scorecard_id", "kpi_key", "period", "measured_on", "value"])
    .where("organization_id", "=", organizationId)
    .where("scorecard_id", "in", scorecardIds)
    .execute();
}

/** Writes computed results, replacing earlier ones (one statement per batch). */
export async function upsertScores(db: Executor, rows: readonly NewRow<"scorecard_scores">[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("scorecard_scores")
    .values([...rows])
    .onConflict((oc) =>
      oc.column("scorecard_id").doUpdateSet((eb) => ({
        overall: eb.ref("excluded.overall"),
        rating_value: eb.ref("excluded.rating_value"),
        rating_label: eb.ref("excluded.rating_label"),
        result: eb.ref("excluded.result"),
        inputs_stamp: eb.ref("excluded.inputs_stamp"),
        computed_at: eb.ref("excluded.computed_at"),
      })),
    )
    .execute();
}

/** Cached results of these scorecards. */
export async function listScores(db: Executor, organizationId: string, scorecardIds: readonly string[]) {
  if (scorecardIds.length === 0) return [];
  return db
    .selectFrom("scorecard_scores")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("scorecard_id", "in", scorecardIds)
    .execute();
}

/**
 * One scorecard's cached result with everything its freshness stamp is made of (validity,
 * override count and latest time) in one statement: the read path of a scorecard GET.
 * `scorecard_id` is null when no result was stored yet; undefined when there is no such scorecard.
 */
export async function findScoreWithStampInputs(db: Executor, organizationId: string, scorecardId: string) {
  return db
    .selectFrom("scorecards as s")
    .leftJoin("scorecard_scores as sc", "sc.scorecard_id", "s.id")
    .select(({ selectFrom }) => [
      "s.valid_from",
      "s.valid_to",
      "sc.scorecard_id",
      "sc.organization_id",
      "sc.cycle_id",
      "sc.employee_id",
      "sc.overall",
      "sc.rating_value",
      "sc.rating_label",
      "sc.result",
      "sc.inputs_stamp",
      "sc.computed_at",
      selectFrom("target_overrides as o")
        .select(({ fn }) => fn.countAll<number | string>().as("n"))
        .where("o.organization_id", "=", organizationId)
        .whereRef("o.scorecard_id", "=", "s.id")
        .as("override_count"),
      selectFrom("target_overrides as o")
        .select(({ fn }) => fn.max("o.created_at").as("latest"))
        .where("o.organization_id", "=", organizationId)
        .whereRef("o.scorecard_id", "=", "s.id")
        .as("latest_override_at"),
    ])
    .where("s.organization_id", "=", organizationId)
    .where("s.id", "=", scorecardId)
    .executeTakeFirst();
}

/** Cache stamps only (cheap freshness check). */
export async function listScoreStamps(db: Executor, organizationId: string, scorecardIds: readonly string[]) {
  if (scorecardIds.length === 0) return [];
  return db
    .selectFrom("scorecard_scores")
    .select(["scorecard_id", "inputs_stamp"])
    .where("organization_id", "=", organizationId)
    .where("scorecard_id", "in", scorecardIds)
    .execute();
}

/** Validity of scorecards, for the cache stamp. */
export async function listValidity(db: Executor, organizationId: string, scorecardIds: readonly string[]) {
  if (scorecardIds.length === 0) return [];
  return db
    .selectFrom("scorecards")
    .select(["id", "valid_from", "valid_to"])
    .where("organization_id", "=", organizationId)
    .where("id", "in", scorecardIds)
    .execute();
}

/**
 * The scorecards of a cycle with the people and groups roll-ups and overviews need;
 * `employeeIds` narrows to those (an empty list yields none). Superseded scorecards are left out:
 * the person's later scorecard in the same cycle stands for them.
 */
export async function listCycleScorecardsWithPeople(
  db: Executor,
  organizationId: string,
  cycleId: string,
  employeeIds: readonly string[] | undefined,
) {
  if (employeeIds?.length === 0) return [];
  let query = db
    .selectFrom("scorecards as s")
    .innerJoin("employees as e", "e.id", "s.employee_id")
    .leftJoin("employees as m", "m.id", "e.manager_id")
    .leftJoin("org_units as u", "u.id", "e.org_unit_id")
    .select([
      "s.id",
      "s.employee_id",
      "s.status",
      "s.valid_from",
      "e.name as employee_name",
      "e.manager_id",
      "m.name as manager_name",
      "e.org_unit_id",
      "u.name as org_unit_name",
    ])
    .where("s.organization_id", "=", organizationId)
    .where("s.cycle_id", "=", cycleId)
    .where("s.status", "!=", "superseded");
  if (employeeIds) query = query.where("s.employee_id", "in", employeeIds);
  return query.orderBy("e.name").orderBy("s.valid_from").execute();
}

/** Employees by id (name, manager) in the organization. */
export async function listEmployeesByIds(db: Executor, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("employees")
    .select(["id", "name", "manager_id", "deactivated_at"])
    .where("organization_id", "=", organizationId)
    .where("id", "in", ids)
    .orderBy("name")
    .execute();
}

/** The same employee's scorecards in cycles that started before `before`, oldest first. */
export async function listEarlierScorecards(db: Executor, organizationId: string, employeeId: string, before: string) {
  return db
    .selectFrom("scorecards as s")
    .innerJoin("review_cycles as c", "c.id", "s.cycle_id")
    .select(["s.id", "s.cycle_id", "c.name as cycle_name", "c.start_date", "c.end_date", "s.valid_from"])
    .where("s.organization_id", "=", organizationId)
    .where("s.employee_id", "=", employeeId)
    .where("s.status", "!=", "superseded")
    .where("c.start_date", "<", before)
    .orderBy("c.start_date")
    .orderBy("s.valid_from")
    .execute();
}
