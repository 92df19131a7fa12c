import type { Kysely } from "kysely";

/**
 * Bulk imports.
 * - `import_sources`: a named source of files per organization ("Monthly sales export") with the
 *   column mapping saved for it, so next month's file maps itself.
 * - `import_runs`: every preview and commit of a file: who, what, when, and how many rows were
 *   added, changed, unchanged or refused. The problem list (capped) is kept as JSON for the UI.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("import_sources")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("mapping", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("import_sources_name_unique")
    .on("import_sources")
    .columns(["organization_id", "name"])
    .unique()
    .execute();

  await db.schema
    .createTable("import_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("source_id", "text", (c) => c.references("import_sources.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("file_size", "bigint", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rows_total", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rows_added", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rows_changed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rows_unchanged", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rows_problems", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("problems", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("error_message", "text")
    .execute();
  await db.schema
    .createIndex("import_runs_org_started_idx")
    .on("import_runs")
    .columns(["organization_id", "started_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("import_runs").ifExists().execute();
  await db.schema.dropTable("import_sources").ifExists().execute();
}
