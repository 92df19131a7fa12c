import { sql } from "kysely";
import { type Executor, isPostgres } from "../../db/executor.js";

/**
 * The scorecards of a role in the organization's closed cycles: the ones history is made of.
 * Superseded scorecards are left out: they cover only part of a cycle (the person changed role),
 * so their sums and counts would read as poor results.
 */
function roleHistoryCards(db: Executor, organizationId: string, roleId: string) {
  return db
    .selectFrom("scorecards as s")
    .innerJoin("review_cycles as c", "c.id", "s.cycle_id")
    .where("s.organization_id", "=", organizationId)
    .where("c.organization_id", "=", organizationId)
    .where("s.role_id", "=", roleId)
    .where("c.status", "=", "closed")
    .where("s.status", "!=", "superseded");
}

/**
 * Those scorecards with their cycle, person and stored snapshot (scorecard_snapshots, loaded once
 * per distinct id). `snapshot` carries the inline copy only for a row without a stored one.
 */
export async function listRoleHistoryCards(db: Executor, organizationId: string, roleId: string) {
  return roleHistoryCards(db, organizationId, roleId)
    .select([
      "s.id",
      "s.cycle_id",
      "s.employee_id",
      "s.snapshot_id",
      sql<string | null>`CASE WHEN s.snapshot_id IS NULL THEN s.snapshot ELSE NULL END`.as("snapshot"),
    ])
    .execute();
}

/** The sub-periods of the closed cycles the role has scorecards in (to put values in time order). */
export async function listRoleHistoryCycles(db: Executor, organizationId: string, roleId: string) {
  const cycleIds = roleHistoryCards(db, organizationId, roleId).select("s.cycle_id");
  return db
    .selectFrom("review_cycles")
    .select(["id", "sub_periods"])
    .where("organization_id", "=", organizationId)
    .where("id", "in", cycleIds)
    .execute();
}

/**
 * The current values of those scorecards, one row per scorecard with its values packed as
 * `kpi␟period␟measured_on␟value` records joined by ␞ (the format of the cycle-wide recompute,
 * read back with unpackValues): a role's history can span many cycles and people.
 */
export async function listRoleHistoryPackedValues(db: Executor, organizationId: string, roleId: string) {
  const packed = isPostgres(db)
    ? sql<string>`string_agg(m.kpi_key || chr(31) || m.period || chr(31) || m.measured_on || chr(31) || m.value::text, chr(30))`
    : sql<string>`group_concat(m.kpi_key || char(31) || m.period || char(31) || m.measured_on || char(31) || CAST(m.value AS TEXT), char(30))`;
  return roleHistoryCards(db, organizationId, roleId)
    .innerJoin("measurements as m", "m.scorecard_id", "s.id")
    .where("m.organization_id", "=", organizationId)
    .select(["m.scorecard_id", packed.as("packed")])
    .groupBy("m.scorecard_id")
    .execute();
}
