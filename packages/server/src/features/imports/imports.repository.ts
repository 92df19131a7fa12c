import { sql } from "kysely";
import type { ImportKind, NewRow, RowUpdate } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import type { SnapshotCatalog } from "../measurements/measurements-bulk.repository.js";

// --- saved mappings -------------------------------------------------------------------------

export async function listSources(db: Executor, organizationId: string) {
  return db
    .selectFrom("import_sources")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("name")
    .execute();
}

export async function findSourceByName(db: Executor, organizationId: string, name: string) {
  return db
    .selectFrom("import_sources")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where(sql<string>`lower(name)`, "=", name.trim().toLowerCase())
    .executeTakeFirst();
}

export async function findSource(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom("import_sources")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function insertSource(db: Executor, row: NewRow<"import_sources">): Promise<void> {
  await db.insertInto("import_sources").values(row).execute();
}

export async function updateSource(
  db: Executor,
  organizationId: string,
  id: string,
  changes: RowUpdate<"import_sources">,
): Promise<void> {
  await db
    .updateTable("import_sources")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

export async function deleteSource(db: Executor, organizationId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom("import_sources")
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// --- runs (the import history) --------------------------------------------------------------

export async function insertRun(db: Executor, row: NewRow<"import_runs">): Promise<void> {
  await db.insertInto("import_runs").values(row).execute();
}

export async function updateRun(
  db: Executor,
  organizationId: string,
  id: string,
  changes: RowUpdate<"import_runs">,
): Promise<void> {
  await db
    .updateTable("import_runs")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

function selectRuns(db: Executor, organizationId: string) {
  return db
    .selectFrom("import_runs as r")
    .leftJoin("users as u", "u.id", "r.user_id")
    .leftJoin("import_sources as s", "s.id", "r.source_id")
    .selectAll("r")
    .select(["u.name as user_name", "s.name as source_name"])
    .where("r.organization_id", "=", organizationId);
}

export async function findRun(db: Executor, organizationId: string, id: string) {
  return selectRuns(db, organizationId).where("r.id", "=", id).executeTakeFirst();
}
export type RunRow = NonNullable<Awaited<ReturnType<typeof findRun>>>;

export async function listRuns(db: Executor, organizationId: string, options: { kind?: ImportKind; limit: number }) {
  let query = selectRuns(db, organizationId);
  if (options.kind) query = query.where("r.kind", "=", options.kind);
  return query.orderBy("r.started_at", "desc").orderBy("r.id").limit(options.limit).execute();
}

// --- what validation needs to know (the resolvers) ------------------------------------------

export async function listKpiLabels(db: Executor, organizationId: string) {
  return db
    .selectFrom("kpis")
    .select(["id", "key", "name"])
    .where("organization_id", "=", organizationId)
    .orderBy("key")
    .execute();
}

export async function listCycleRows(db: Executor, organizationId: string) {
  return db
    .selectFrom("review_cycles")
    .select(["id", "name", "status", "start_date", "end_date", "sub_periods"])
    .where("organization_id", "=", organizationId)
    .orderBy("start_date")
    .execute();
}

/** Employees by number or email, compared without case (files rarely keep the HR system's case). */
/** Employees by their numbers exactly as given: an index lookup (the case-insensitive match below scans). */
export async function findEmployeesByExactNumber(db: Executor, organizationId: string, numbers: readonly string[]) {
  if (numbers.length === 0) return [];
  return db
    .selectFrom("employees")
    .select(["id", "employee_number", "email", "name"])
    .where("organization_id", "=", organizationId)
    .where("employee_number", "in", numbers)
    .execute();
}

export async function findEmployeesByNumberOrEmail(
  db: Executor,
  organizationId: string,
  numbers: readonly string[],
  emails: readonly string[],
) {
  if (numbers.length === 0 && emails.length === 0) return [];
  return db
    .selectFrom("employees")
    .select(["id", "employee_number", "email", "name"])
    .where("organization_id", "=", organizationId)
    .where((eb) => {
      const ors = [];
      if (numbers.length > 0)
        ors.push(
          eb(
            sql<string>`lower(employee_number)`,
            "in",
            numbers.map((n) => n.toLowerCase()),
          ),
        );
      if (emails.length > 0)
        ors.push(
          eb(
            sql<string>`lower(email)`,
            "in",
            emails.map((e) => e.toLowerCase()),
          ),
        );
      return eb.or(ors);
    })
    .execute();
}

export async function listScorecardsOf(
  db: Executor,
  organizationId: string,
  employeeIds: readonly string[],
  cycleIds: readonly string[],
  catalog: SnapshotCatalog,
) {
  if (employeeIds.length === 0 || cycleIds.length === 0) return [];
  const snapshot = catalog.columns("snapshot");
  const rows = await db
    .selectFrom("scorecards")
    .select([
      "id",
      "employee_id",
      "cycle_id",
      "valid_from",
      "valid_to",
      snapshot.index.as("snapshot_index"),
      snapshot.text.as("snapshot"),
    ])
    .where("organization_id", "=", organizationId)
    .where("employee_id", "in", employeeIds)
    .execute();
  // The cycles are filtered here, not in SQL: given both lists, SQLite may walk the cycle's index
  // (every scorecard of the cycle, for each batch) instead of looking up the few employees.
  const cycles = new Set(cycleIds);
  return rows.filter((row) => cycles.has(row.cycle_id)).map((row) => ({ ...row, snapshot: catalog.resolve(row) }));
}

export async function listRoleLabels(db: Executor, organizationId: string) {
  return db.selectFrom("roles").select(["id", "key", "title"]).where("organization_id", "=", organizationId).execute();
}

export async function listOrgUnitLabels(db: Executor, organizationId: string) {
  return db.selectFrom("org_units").select(["id", "name"]).where("organization_id", "=", organizationId).execute();
}

/** Every employee with their manager's number: people imports check reporting loops against all of them. */
export async function listPeopleWithManagers(db: Executor, organizationId: string) {
  return db
    .selectFrom("employees as e")
    .leftJoin("employees as m", "m.id", "e.manager_id")
    .selectAll("e")
    .select("m.employee_number as manager_employee_number")
    .where("e.organization_id", "=", organizationId)
    .execute();
}
