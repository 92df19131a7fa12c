import type { Kysely } from "kysely";

/**
 * Deactivation is per organization: an admin of one organization must not be able to lock a
 * person out of another organization they also belong to. `users.disabled_at` stays the
 * instance-wide switch (set when no active membership is left).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("memberships").addColumn("disabled_at", "text").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("memberships").dropColumn("disabled_at").execute();
}
