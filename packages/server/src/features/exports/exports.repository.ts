import type { Executor } from "../../db/executor.js";

export async function findCycleName(db: Executor, organizationId: string, cycleId: string) {
  return db
    .selectFrom("review_cycles")
    .select(["id", "name"])
    .where("organization_id", "=", organizationId)
    .where("id", "=", cycleId)
    .executeTakeFirst();
}

/** One page of a cycle's current values with the person's number and name; `ids` narrows to those people. */
export async function pageOfMeasurements(
  db: Executor,
  organizationId: string,
  cycleId: string,
  ids: readonly string[] | undefined,
  page: { offset: number; limit: number },
) {
  let query = db
    .selectFrom("measurements as m")
    .innerJoin("employees as e", "e.id", "m.employee_id")
    .select([
      "e.employee_number",
      "e.name as employee_name",
      "m.kpi_key",
      "m.period",
      "m.measured_on",
      "m.value",
      "m.source",
      "m.comment",
      "m.recorded_at",
    ])
    .where("m.organization_id", "=", organizationId)
    .where("m.cycle_id", "=", cycleId);
  if (ids) query = query.where("m.employee_id", "in", ids);
  return query
    .orderBy("e.employee_number")
    .orderBy("m.kpi_key")
    .orderBy("m.period")
    .orderBy("m.measured_on")
    .orderBy("m.id")
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

/** One page of a cycle's cached scorecard results with the person's number and name. */
export async function pageOfScores(
  db: Executor,
  organizationId: string,
  cycleId: string,
  ids: readonly string[] | undefined,
  page: { offset: number; limit: number },
) {
  let query = db
    .selectFrom("scorecard_scores as s")
    .innerJoin("employees as e", "e.id", "s.employee_id")
    .select(["e.employee_number", "e.name as employee_name", "s.scorecard_id", "s.result"])
    .where("s.organization_id", "=", organizationId)
    .where("s.cycle_id", "=", cycleId);
  if (ids) query = query.where("s.employee_id", "in", ids);
  return query.orderBy("e.employee_number").orderBy("s.scorecard_id").offset(page.offset).limit(page.limit).execute();
}

/** A cycle named on the command line, by id or exact name. */
export async function findCycleByIdOrName(db: Executor, organizationId: string, idOrName: string) {
  return db
    .selectFrom("review_cycles")
    .select(["id", "name"])
    .where("organization_id", "=", organizationId)
    .where((eb) => eb.or([eb("id", "=", idOrName), eb("name", "=", idOrName)]))
    .orderBy("start_date", "desc")
    .executeTakeFirst();
}
