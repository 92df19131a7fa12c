import type { Kysely } from "kysely";

/**
 * Measurements and cached scores.
 * - `measurements` holds the current value of each slot (scorecard × KPI × sub-period × date);
 *   a correction moves the earlier value to `measurement_history` first, so nothing is silently
 *   overwritten and bulk upserts stay one statement per batch.
 * - `scorecard_scores` caches each scorecard's computed result (overall, rating, per-KPI scores and
 *   the explanation) so lists, team overviews and roll-ups never rescore on read. `inputs_stamp`
 *   records the inputs outside measurements (overrides, rating scale, validity) it was computed from.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("measurements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("scorecard_id", "text", (c) => c.notNull().references("scorecards.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.notNull())
    .addColumn("employee_id", "text", (c) => c.notNull())
    .addColumn("kpi_key", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    // "" for a value of the whole sub-period: NULLs would be distinct in the unique index.
    .addColumn("measured_on", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("comment", "text")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("measurements_slot_unique")
    .on("measurements")
    .columns(["organization_id", "scorecard_id", "kpi_key", "period", "measured_on"])
    .unique()
    .execute();
  await db.schema
    .createIndex("measurements_cycle_idx")
    .on("measurements")
    .columns(["organization_id", "cycle_id"])
    .execute();

  await db.schema
    .createTable("measurement_history")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("measurement_id", "text", (c) => c.notNull().references("measurements.id").onDelete("cascade"))
    .addColumn("scorecard_id", "text", (c) => c.notNull())
    .addColumn("kpi_key", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("measured_on", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("comment", "text")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("superseded_at", "text", (c) => c.notNull())
    .addColumn("superseded_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("measurement_history_scorecard_idx")
    .on("measurement_history")
    .columns(["organization_id", "scorecard_id", "kpi_key", "period"])
    .execute();

  await db.schema
    .createTable("scorecard_scores")
    .addColumn("scorecard_id", "text", (c) => c.primaryKey().references("scorecards.id").onDelete("cascade"))
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.notNull())
    .addColumn("employee_id", "text", (c) => c.notNull())
    .addColumn("overall", "double precision")
    .addColumn("rating_value", "double precision")
    .addColumn("rating_label", "text")
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("inputs_stamp", "text", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("scorecard_scores_cycle_idx")
    .on("scorecard_scores")
    .columns(["organization_id", "cycle_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["scorecard_scores", "measurement_history", "measurements"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
