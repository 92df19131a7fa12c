import type { Executor } from "../../db/executor.js";

/**
 * Current values of the slots a batch of imported values may hit: narrowed by scorecard, KPI,
 * sub-period and date, so a batch reads about as many rows as it writes, whatever order the file is in.
 */
export async function listSlotsForBatch(
  db: Executor,
  organizationId: string,
  scorecardIds: readonly string[],
  kpis: readonly string[],
  periods: readonly string[],
  measuredOn: readonly string[],
) {
  if (scorecardIds.length === 0 || kpis.length === 0 || periods.length === 0 || measuredOn.length === 0) return [];
  return db
    .selectFrom("measurements")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("scorecard_id", "in", scorecardIds)
    .where("kpi_key", "in", kpis)
    .where("period", "in", periods)
    .where("measured_on", "in", measuredOn)
    .execute();
}
