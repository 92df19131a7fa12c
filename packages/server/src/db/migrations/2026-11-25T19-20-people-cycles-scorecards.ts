import type { Kysely } from "kysely";

/**
 * People, review cycles, scorecards and per-person target overrides.
 * Scorecards carry a JSON snapshot of the framework version and KPI definitions they were built
 * from, so later edits of a framework or a KPI never rewrite a running or past scorecard.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("employees")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("employee_number", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("role_id", "text", (c) => c.notNull().references("roles.id"))
    .addColumn("org_unit_id", "text", (c) => c.references("org_units.id"))
    .addColumn("manager_id", "text", (c) => c.references("employees.id"))
    .addColumn("user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("start_date", "text", (c) => c.notNull())
    .addColumn("end_date", "text")
    .addColumn("deactivated_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("employees_org_number_unique", ["organization_id", "employee_number"])
    .addUniqueConstraint("employees_org_user_unique", ["organization_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("employees_manager_idx")
    .on("employees")
    .columns(["organization_id", "manager_id"])
    .execute();

  await db.schema
    .createTable("review_cycles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("cadence", "text", (c) => c.notNull())
    .addColumn("start_date", "text", (c) => c.notNull())
    .addColumn("end_date", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("sub_periods", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("opened_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("scorecards")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.notNull().references("review_cycles.id").onDelete("cascade"))
    .addColumn("employee_id", "text", (c) => c.notNull().references("employees.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull().references("roles.id"))
    .addColumn("framework_version_id", "text", (c) => c.notNull().references("framework_versions.id"))
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_to", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("scorecards_cycle_idx")
    .on("scorecards")
    .columns(["organization_id", "cycle_id"])
    .execute();
  await db.schema
    .createIndex("scorecards_employee_idx")
    .on("scorecards")
    .columns(["organization_id", "employee_id"])
    .execute();

  await db.schema
    .createTable("target_overrides")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("scorecard_id", "text", (c) => c.notNull().references("scorecards.id").onDelete("cascade"))
    .addColumn("kpi_key", "text", (c) => c.notNull())
    .addColumn("scoring", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("target_overrides_scorecard_idx")
    .on("target_overrides")
    .columns(["organization_id", "scorecard_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["target_overrides", "scorecards", "review_cycles", "employees"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
