import { createHash } from "node:crypto";
import type { Kysely } from "kysely";

/**
 * Framework snapshots stored once. Every scorecard used to carry its own copy of the snapshot
 * (~6 KB of JSON), so a 100k-person cycle held 100k identical copies and the cycle-wide recompute
 * read and compared all of them. Now `scorecard_snapshots` holds each distinct content once per
 * organization (unique by content hash) and `scorecards.snapshot_id` points at it.
 *
 * `scorecards.snapshot` stays (NOT NULL; making it nullable on SQLite would mean rebuilding the
 * table and every table that references it) and keeps being written as a copy for the readers not
 * yet moved to snapshot_id; nothing in scoring or the scorecard GET reads it any more.
 *
 * The move uses only statements that run on both dialects: distinct texts are read per
 * organization, hashed in JavaScript (SQLite has no hash function) and linked back with plain
 * UPDATEs, so existing data is kept intact.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("scorecard_snapshots")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("scorecard_snapshots_org_hash_unique", ["organization_id", "content_hash"])
    .execute();
  await db.schema
    .alterTable("scorecards")
    .addColumn("snapshot_id", "text", (c) => c.references("scorecard_snapshots.id"))
    .execute();

  await moveSnapshots(db);

  // What the cycle-wide recompute reads of a scorecard, served from the index alone: the wide
  // rows are never visited.
  await db.schema
    .createIndex("scorecards_scoring_idx")
    .on("scorecards")
    .columns(["organization_id", "cycle_id", "id", "employee_id", "snapshot_id", "valid_from", "valid_to"])
    .execute();
}

/**
 * Stores each distinct snapshot text of scorecards without snapshot_id once per organization and
 * links those scorecards to it (exported for its test).
 */
// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function moveSnapshots(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  const distinct = await db
    .selectFrom("scorecards")
    .select(["organization_id", "snapshot"])
    .where("snapshot_id", "is", null)
    .distinct()
    .execute();
  for (const row of distinct as { organization_id: string; snapshot: string }[]) {
    const hash = createHash("sha256").update(row.snapshot).digest("hex");
    const id = crypto.randomUUID();
    await db
      .insertInto("scorecard_snapshots")
      .values({ id, organization_id: row.organization_id, content: row.snapshot, content_hash: hash, created_at: now })
      .execute();
    await db
      .updateTable("scorecards")
      .set({ snapshot_id: id })
      .where("organization_id", "=", row.organization_id)
      .where("snapshot", "=", row.snapshot)
      .where("snapshot_id", "is", null)
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("scorecards_scoring_idx").ifExists().execute();
  await db.schema.alterTable("scorecards").dropColumn("snapshot_id").execute();
  await db.schema.dropTable("scorecard_snapshots").execute();
}
