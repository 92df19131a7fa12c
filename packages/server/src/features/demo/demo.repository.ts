import type { Executor } from "../../db/executor.js";

/** Scorecard id by employee id for a cycle (active ones: the demo's people never change role). */
export async function listCycleScorecardIdsByEmployee(
  db: Executor,
  organizationId: string,
  cycleId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("scorecards")
    .select(["id", "employee_id"])
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "=", cycleId)
    .where("status", "!=", "superseded")
    .execute();
  return new Map(rows.map((r) => [r.employee_id, r.id]));
}

/** Org unit id by key. */
export async function listOrgUnitIdsByKey(db: Executor, organizationId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("org_units")
    .select(["id", "key"])
    .where("organization_id", "=", organizationId)
    .execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Whether any account with this email exists (demo emails get a suffix when taken). */
export async function emailTaken(db: Executor, email: string): Promise<boolean> {
  const row = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
  return row !== undefined;
}
