import type SqliteDatabase from "better-sqlite3";
import { type RawBuilder, sql } from "kysely";
import type { NewRow } from "../../db/database.js";
import { type Executor, isPostgres } from "../../db/executor.js";

/**
 * Current values of the slots a batch of imported values may hit: narrowed by scorecard, KPI,
 * sub-period and date, so a batch reads about as many rows as it writes, whatever order the file is in.
 */
export async function listSlotsForBatch(
  db: Executor,
  organizationId: string,
  scorecardIds: readonly string[],
  kpis: readonly string[],
  periods: readonly string[],
  measuredOn: readonly string[],
) {
  if (scorecardIds.length === 0 || kpis.length === 0 || periods.length === 0 || measuredOn.length === 0) return [];
  return db
    .selectFrom("measurements")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("scorecard_id", "in", scorecardIds)
    .where("kpi_key", "in", kpis)
    .where("period", "in", periods)
    .where("measured_on", "in", measuredOn)
    .execute();
}

/** How many scorecards each of these cycles has (to choose between a per-scorecard and a cycle-wide recompute). */
export async function countScorecardsByCycle(
  db: Executor,
  organizationId: string,
  cycleIds: readonly string[],
): Promise<Map<string, number>> {
  if (cycleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("scorecards")
    .select(({ fn }) => ["cycle_id", fn.countAll<number>().as("count")])
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "in", cycleIds)
    .groupBy("cycle_id")
    .execute();
  return new Map(rows.map((r) => [r.cycle_id, Number(r.count)]));
}

/** A stored value as a correction needs it (to keep it in history). */
export interface SlotRow {
  id: string;
  value: number;
  source: string;
  author_id: string | null;
  comment: string | null;
  recorded_at: string;
}

/**
 * One slot at a time on SQLite, through statements prepared once and reused for every value of an
 * import: compiling a statement per batch (or building row objects for a multi-row one) cost more
 * than SQLite's own work. `insert` adds a new slot and reports 0 changes when the slot exists, so
 * only existing slots pay for a lookup. Use them on the connection that holds the import's transaction.
 */
export function prepareSqliteSlotStatements(raw: SqliteDatabase.Database) {
  const insert = raw.prepare(
    `INSERT INTO measurements (id, organization_id, scorecard_id, cycle_id, employee_id, kpi_key, period, measured_on,
       value, source, author_id, comment, recorded_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (organization_id, scorecard_id, kpi_key, period, measured_on) DO NOTHING`,
  );
  const find = raw.prepare<unknown[], SlotRow>(
    `SELECT id, value, source, author_id, comment, recorded_at FROM measurements
     WHERE organization_id = ? AND scorecard_id = ? AND kpi_key = ? AND period = ? AND measured_on = ?`,
  );
  const update = raw.prepare(
    "UPDATE measurements SET value = ?, source = ?, author_id = ?, comment = ?, recorded_at = ? WHERE id = ?",
  );
  const history = raw.prepare(
    `INSERT INTO measurement_history (id, organization_id, measurement_id, scorecard_id, kpi_key, period, measured_on,
       value, source, author_id, comment, recorded_at, superseded_at, superseded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return { insert, find, update, history };
}
export type SqliteSlotStatements = ReturnType<typeof prepareSqliteSlotStatements>;

/**
 * Snapshot texts already read, so later queries return each scorecard's snapshot (a large JSON
 * text shared by everyone on the same framework and role) only the first time it appears: the
 * database compares the texts and answers an index into this list instead. Reading the same text
 * for every scorecard cost more than everything else an import asks of the database.
 */
export class SnapshotCatalog {
  private static readonly MAX_KNOWN = 32;
  private readonly texts: string[] = [];

  /** Select these two expressions (as snapshot_index and snapshot) and pass each row to `resolve`. */
  columns(column: string) {
    const ref = sql.ref(column);
    if (this.texts.length === 0) {
      return { index: sql<number | null>`NULL`, text: sql<string | null>`${ref}` };
    }
    const is = (value: (i: number) => RawBuilder<unknown>) =>
      sql.join(
        this.texts.map((t, i) => sql`WHEN ${ref} = ${t} THEN ${value(i)}`),
        sql` `,
      );
    return {
      index: sql<number | null>`CASE ${is((i) => sql.lit(i))} ELSE NULL END`,
      text: sql<string | null>`CASE ${is(() => sql`NULL`)} ELSE ${ref} END`,
    };
  }

  resolve(row: { snapshot_index: number | null; snapshot: string | null }): string {
    if (row.snapshot_index !== null && row.snapshot_index !== undefined) {
      const known = this.texts[Number(row.snapshot_index)];
      if (known !== undefined) return known;
    }
    const text = row.snapshot ?? "";
    if (this.texts.length < SnapshotCatalog.MAX_KNOWN && !this.texts.includes(text)) this.texts.push(text);
    return text;
  }
}

/** The cycles of a bulk write's scorecards, merged into their rows in JavaScript (see below). */
async function withCycles<R extends { cycle_id: string }>(db: Executor, organizationId: string, rows: R[]) {
  const ids = [...new Set(rows.map((r) => r.cycle_id))];
  if (ids.length === 0) return [];
  const cycles = await db
    .selectFrom("review_cycles")
    .select([
      "id",
      "name as cycle_name",
      "status as cycle_status",
      "start_date as cycle_start",
      "end_date as cycle_end",
      "sub_periods",
    ])
    .where("organization_id", "=", organizationId)
    .where("id", "in", ids)
    .execute();
  const byId = new Map(cycles.map(({ id, ...cycle }) => [id, cycle]));
  return rows.flatMap((row) => {
    const cycle = byId.get(row.cycle_id);
    return cycle ? [{ ...row, ...cycle }] : [];
  });
}

/**
 * The scorecards a bulk write touches, with their cycles, as listScorecardsForWrite (locked on
 * PostgreSQL in id order until the transaction ends) but with snapshots read through a catalog.
 * Scorecards are read by primary key alone and their few cycles separately: joined, SQLite (without
 * planner statistics) may walk every scorecard of the cycle for each batch instead.
 */
export async function listScorecardsForBulkWrite(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
  catalog: SnapshotCatalog,
) {
  if (ids.length === 0) return [];
  const snapshot = catalog.columns("snapshot");
  const query = db
    .selectFrom("scorecards")
    .select([
      "id",
      "employee_id",
      "cycle_id",
      snapshot.index.as("snapshot_index"),
      snapshot.text.as("snapshot"),
      "valid_from",
      "valid_to",
    ])
    .where("organization_id", "=", organizationId)
    .where("id", "in", ids)
    .orderBy("id");
  const rows = await (isPostgres(db) ? query.forUpdate().execute() : query.execute());
  const cards = rows.map(({ snapshot_index, snapshot: text, ...row }) => ({
    ...row,
    snapshot: catalog.resolve({ snapshot_index, snapshot: text }),
  }));
  return withCycles(db, organizationId, cards);
}

/**
 * The parts of these scorecards (all of one cycle) a bulk write checks that can change: everything
 * but the snapshot, which is never rewritten. Locked on PostgreSQL in id order like
 * listScorecardsForWrite. Asked by cycle and id, SQLite answers from the scoring index alone; by id
 * only, it scanned that index for the whole organization on every batch.
 */
export async function listScorecardStates(
  db: Executor,
  organizationId: string,
  cycleId: string,
  ids: readonly string[],
) {
  if (ids.length === 0) return [];
  const query = db
    .selectFrom("scorecards")
    .select(["id", "employee_id", "cycle_id", "valid_from", "valid_to"])
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "=", cycleId)
    .where("id", "in", ids)
    .orderBy("id");
  return withCycles(db, organizationId, await (isPostgres(db) ? query.forUpdate().execute() : query.execute()));
}

/**
 * PostgreSQL: new values and corrections of a batch in one statement with one array parameter per
 * column (unnest), however many rows: no statement text growing with the batch, no parameter limit.
 * Same effect as upsertCurrent: a slot that exists keeps its id and first time.
 */
export async function upsertCurrentPostgres(db: Executor, rows: readonly NewRow<"measurements">[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof NewRow<"measurements">>(key: K) => rows.map((r) => r[key] ?? null);
  await sql`
    INSERT INTO measurements (id, organization_id, scorecard_id, cycle_id, employee_id, kpi_key, period,
      measured_on, value, source, author_id, comment, recorded_at, created_at)
    SELECT * FROM unnest(${col("id")}::text[], ${col("organization_id")}::text[], ${col("scorecard_id")}::text[],
      ${col("cycle_id")}::text[], ${col("employee_id")}::text[], ${col("kpi_key")}::text[], ${col("period")}::text[],
      ${col("measured_on")}::text[], ${col("value")}::double precision[], ${col("source")}::text[],
      ${col("author_id")}::text[], ${col("comment")}::text[], ${col("recorded_at")}::text[], ${col("created_at")}::text[])
    ON CONFLICT (organization_id, scorecard_id, kpi_key, period, measured_on) DO UPDATE SET
      value = excluded.value, source = excluded.source, author_id = excluded.author_id,
      comment = excluded.comment, recorded_at = excluded.recorded_at`.execute(db);
}

/** PostgreSQL: the earlier values of a batch's corrections in one statement (unnest, as above). */
export async function insertHistoryPostgres(
  db: Executor,
  rows: readonly NewRow<"measurement_history">[],
): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof NewRow<"measurement_history">>(key: K) => rows.map((r) => r[key] ?? null);
  await sql`
    INSERT INTO measurement_history (id, organization_id, measurement_id, scorecard_id, kpi_key, period,
      measured_on, value, source, author_id, comment, recorded_at, superseded_at, superseded_by)
    SELECT * FROM unnest(${col("id")}::text[], ${col("organization_id")}::text[], ${col("measurement_id")}::text[],
      ${col("scorecard_id")}::text[], ${col("kpi_key")}::text[], ${col("period")}::text[], ${col("measured_on")}::text[],
      ${col("value")}::double precision[], ${col("source")}::text[], ${col("author_id")}::text[],
      ${col("comment")}::text[], ${col("recorded_at")}::text[], ${col("superseded_at")}::text[],
      ${col("superseded_by")}::text[])`.execute(db);
}
