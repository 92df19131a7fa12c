import type { Kysely } from "kysely";

/**
 * A covering index for scoring a whole cycle: every current value of a cycle, grouped by
 * scorecard, is read from the index alone in scorecard order (no table lookups, no sort). Its
 * prefix (organization_id, cycle_id) serves everything the old measurements_cycle_idx did, so
 * that one is dropped and writes keep the same number of indexes.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("measurements_scoring_idx")
    .on("measurements")
    .columns(["organization_id", "cycle_id", "scorecard_id", "kpi_key", "period", "measured_on", "value"])
    .execute();
  await db.schema.dropIndex("measurements_cycle_idx").ifExists().execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("measurements_cycle_idx")
    .on("measurements")
    .columns(["organization_id", "cycle_id"])
    .execute();
  await db.schema.dropIndex("measurements_scoring_idx").ifExists().execute();
}
