import type { Executor } from "../../db/executor.js";

/**
 * The scorecards a cycle's report covers, with their role and framework version. Superseded
 * scorecards are left out: the person's later scorecard in the same cycle stands for them.
 */
export async function listHealthScorecards(db: Executor, organizationId: string, cycleId: string) {
  return db
    .selectFrom("scorecards")
    .select(["id", "role_id", "framework_version_id"])
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "=", cycleId)
    .where("status", "!=", "superseded")
    .orderBy("id")
    .execute();
}

/** The cached results of a cycle's scorecards (explained or summary; both carry per-KPI value and score). */
export async function listCycleResults(db: Executor, organizationId: string, cycleId: string) {
  return db
    .selectFrom("scorecard_scores")
    .select(["scorecard_id", "result"])
    .where("organization_id", "=", organizationId)
    .where("cycle_id", "=", cycleId)
    .execute();
}

/** Every objective of the organization with whether it is archived: links are judged against today's. */
export async function listObjectiveStates(db: Executor, organizationId: string) {
  return db
    .selectFrom("objectives")
    .select(["key", "archived_at"])
    .where("organization_id", "=", organizationId)
    .execute();
}

/** Current titles of roles (a role renamed since the cycle opened reads as it is now). */
export async function listRoleTitles(db: Executor, organizationId: string, roleIds: readonly string[]) {
  if (roleIds.length === 0) return [];
  return db
    .selectFrom("roles")
    .select(["id", "key", "title"])
    .where("organization_id", "=", organizationId)
    .where("id", "in", roleIds)
    .execute();
}
