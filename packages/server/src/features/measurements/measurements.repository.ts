import type { NewRow } from "../../db/database.js";
import { type Executor, isPostgres } from "../../db/executor.js";

/** Scorecards with their cycle, as a measurement write needs them. */
/**
 * The scorecards a write touches, with their cycles. On PostgreSQL the scorecard rows are locked
 * (in id order, so concurrent writers cannot deadlock) until the transaction ends: two corrections
 * of one slot then run one after the other, and each keeps the value it replaced in history.
 * SQLite needs no lock: it runs one writing transaction at a time.
 */
export async function listScorecardsForWrite(db: Executor, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const query = db
    .selectFrom("scorecards as s")
    .innerJoin("review_cycles as c", "c.id", "s.cycle_id")
    .select([
      "s.id",
      "s.employee_id",
      "s.cycle_id",
      "s.snapshot",
      "s.valid_from",
      "s.valid_to",
      "c.name as cycle_name",
      "c.status as cycle_status",
      "c.start_date as cycle_start",
      "c.end_date as cycle_end",
      "c.sub_periods",
    ])
    .where("s.organization_id", "=", organizationId)
    .where("s.id", "in", ids)
    .orderBy("s.id");
  return isPostgres(db) ? query.forUpdate("s").execute() : query.execute();
}
export type WriteScorecardRow = Awaited<ReturnType<typeof listScorecardsForWrite>>[number];

/** Current values of these scorecards' KPIs (to tell new slots, corrections and repeats apart). */
export async function listCurrentSlots(
  db: Executor,
  organizationId: string,
  scorecardIds: readonly string[],
  kpis: readonly string[],
) {
  if (scorecardIds.length === 0 || kpis.length === 0) return [];
  return db
    .selectFrom("measurements")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("scorecard_id", "in", scorecardIds)
    .where("kpi_key", "in", kpis)
    .execute();
}

/** New values and corrections in one statement: a slot that exists keeps its id and first time. */
export async function upsertCurrent(db: Executor, rows: readonly NewRow<"measurements">[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("measurements")
    .values([...rows])
    .onConflict((oc) =>
      oc.columns(["organization_id", "scorecard_id", "kpi_key", "period", "measured_on"]).doUpdateSet((eb) => ({
        value: eb.ref("excluded.value"),
        source: eb.ref("excluded.source"),
        author_id: eb.ref("excluded.author_id"),
        comment: eb.ref("excluded.comment"),
        recorded_at: eb.ref("excluded.recorded_at"),
      })),
    )
    .execute();
}

export async function insertHistory(db: Executor, rows: readonly NewRow<"measurement_history">[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("measurement_history")
    .values([...rows])
    .execute();
}

/** Current values of one scorecard with their authors' names. */
export async function listCurrentWithAuthors(db: Executor, organizationId: string, scorecardId: string) {
  return db
    .selectFrom("measurements as m")
    .leftJoin("users as u", "u.id", "m.author_id")
    .selectAll("m")
    .select("u.name as author_name")
    .where("m.organization_id", "=", organizationId)
    .where("m.scorecard_id", "=", scorecardId)
    .orderBy("m.kpi_key")
    .orderBy("m.period")
    .orderBy("m.measured_on")
    .execute();
}
export type CurrentRow = Awaited<ReturnType<typeof listCurrentWithAuthors>>[number];

/** Earlier values of one scorecard with their authors' names, newest first. */
export async function listHistoryWithAuthors(db: Executor, organizationId: string, scorecardId: string) {
  return db
    .selectFrom("measurement_history as h")
    .leftJoin("users as u", "u.id", "h.author_id")
    .selectAll("h")
    .select("u.name as author_name")
    .where("h.organization_id", "=", organizationId)
    .where("h.scorecard_id", "=", scorecardId)
    .orderBy("h.superseded_at", "desc")
    .orderBy("h.recorded_at", "desc")
    .execute();
}
export type HistoryRow = Awaited<ReturnType<typeof listHistoryWithAuthors>>[number];
