import type { Row, RowUpdate } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { conflict, notFound } from "../../http/http-errors.js";
import type { AuthContext } from "../auth/auth-context.js";
import { listActiveEmployees } from "../people/people.repository.js";
import { createScorecard } from "../scorecards/scorecard-lifecycle.service.js";
import { maxDate } from "./cycle-dates.js";
import { planCycle } from "./cycle-plan.rule.js";
import { parseSubPeriods, presentCycle } from "./cycles.presenter.js";
import { findCycle, insertCycle, listCycles, updateCycleIfStatus } from "./cycles.repository.js";
import type { CreateCycleBody, CycleResponse, OpenCycleResult, UpdateCycleBody } from "./cycles.schemas.js";

type Caller = Pick<AuthContext, "organizationId">;

async function cycleOrThrow(db: Executor, organizationId: string, id: string): Promise<Row<"review_cycles">> {
  const cycle = await findCycle(db, organizationId, id);
  if (!cycle) throw notFound("Review cycle");
  return cycle;
}

function closedConflict(cycle: Row<"review_cycles">) {
  return conflict(`Review cycle "${cycle.name}" is closed; its scorecards are history and cannot change.`);
}

export async function listAllCycles(db: Executor, auth: Caller, status?: Row<"review_cycles">["status"]) {
  return (await listCycles(db, auth.organizationId, status)).map(presentCycle);
}

export async function getCycle(db: Executor, auth: Caller, id: string): Promise<CycleResponse> {
  return presentCycle(await cycleOrThrow(db, auth.organizationId, id));
}

/** A draft cycle; sub-periods default to months. */
export async function createCycle(db: Executor, auth: Caller, body: CreateCycleBody): Promise<CycleResponse> {
  const plan = planCycle(body);
  const now = nowIso();
  const row: Row<"review_cycles"> = {
    id: newId(),
    organization_id: auth.organizationId,
    name: body.name,
    cadence: plan.cadence,
    start_date: plan.startDate,
    end_date: plan.endDate,
    status: "draft",
    sub_periods: JSON.stringify(plan.subPeriods),
    opened_at: null,
    closed_at: null,
    created_at: now,
    updated_at: now,
  };
  await insertCycle(db, row);
  return presentCycle(row);
}

/** Renames any cycle that is not closed; dates and sub-periods change only while it is a draft. */
export async function updateCycle(
  db: Executor,
  auth: Caller,
  id: string,
  body: UpdateCycleBody,
): Promise<CycleResponse> {
  return db.transaction().execute(async (trx) => {
    const cycle = await cycleOrThrow(trx, auth.organizationId, id);
    if (cycle.status === "closed") throw closedConflict(cycle);
    const datesChange =
      body.cadence !== undefined ||
      body.startDate !== undefined ||
      body.endDate !== undefined ||
      body.subPeriods !== undefined;
    if (datesChange && cycle.status !== "draft") {
      throw conflict(
        `Review cycle "${cycle.name}" is open: its cadence, dates and sub-periods are fixed because scorecards use them. Only the name can change.`,
      );
    }
    const changes: RowUpdate<"review_cycles"> = { updated_at: nowIso() };
    if (body.name !== undefined) changes.name = body.name;
    if (datesChange) {
      const cadence = body.cadence ?? cycle.cadence;
      const startDate = body.startDate ?? cycle.start_date;
      // A fixed cadence re-derives its end; a custom one keeps its end unless a new one is given.
      const endDate = body.endDate ?? (cadence === "custom" ? cycle.end_date : undefined);
      const keepPeriods = body.subPeriods === undefined && body.startDate === undefined && body.endDate === undefined;
      const plan = planCycle({
        cadence,
        startDate,
        endDate,
        subPeriods:
          body.subPeriods ??
          (keepPeriods && cadence === cycle.cadence ? parseSubPeriods(cycle.sub_periods) : undefined),
      });
      changes.cadence = plan.cadence;
      changes.start_date = plan.startDate;
      changes.end_date = plan.endDate;
      changes.sub_periods = JSON.stringify(plan.subPeriods);
    }
    if (!(await updateCycleIfStatus(trx, auth.organizationId, id, cycle.status, changes))) {
      throw conflict(`Review cycle "${cycle.name}" changed state meanwhile; reload and try again.`);
    }
    return presentCycle(await cycleOrThrow(trx, auth.organizationId, id));
  });
}

/**
 * Opens a draft cycle and, in the same transaction, gives every active employee a scorecard
 * snapshotting their role's published framework. Who got none is listed with the reason.
 */
export async function openCycle(db: Executor, auth: Caller, id: string): Promise<OpenCycleResult> {
  return db.transaction().execute(async (trx) => {
    const cycle = await cycleOrThrow(trx, auth.organizationId, id);
    if (cycle.status === "closed") throw closedConflict(cycle);
    if (cycle.status === "open") throw conflict(`Review cycle "${cycle.name}" is already open.`);
    const now = nowIso();
    if (
      !(await updateCycleIfStatus(trx, auth.organizationId, id, "draft", {
        status: "open",
        opened_at: now,
        updated_at: now,
      }))
    ) {
      throw conflict(`Review cycle "${cycle.name}" was opened meanwhile.`);
    }
    let created = 0;
    const skipped: OpenCycleResult["skipped"] = [];
    for (const employee of await listActiveEmployees(trx, auth.organizationId)) {
      const skip = (reason: string) => skipped.push({ employeeId: employee.id, employeeName: employee.name, reason });
      if (employee.start_date > cycle.end_date) {
        skip(`starts on ${employee.start_date}, after the cycle ends`);
        continue;
      }
      const result = await createScorecard(trx, cycle, employee, maxDate(employee.start_date, cycle.start_date));
      if (result.created) created += 1;
      else skip(result.reason);
    }
    return { cycle: presentCycle(await cycleOrThrow(trx, auth.organizationId, id)), created, skipped };
  });
}

/** Closes an open cycle: from then on its scorecards and overrides are read-only history. */
export async function closeCycle(db: Executor, auth: Caller, id: string): Promise<CycleResponse> {
  return db.transaction().execute(async (trx) => {
    const cycle = await cycleOrThrow(trx, auth.organizationId, id);
    if (cycle.status === "closed") throw closedConflict(cycle);
    if (cycle.status === "draft") throw conflict(`Review cycle "${cycle.name}" is a draft; open it before closing it.`);
    const now = nowIso();
    if (
      !(await updateCycleIfStatus(trx, auth.organizationId, id, "open", {
        status: "closed",
        closed_at: now,
        updated_at: now,
      }))
    ) {
      throw conflict(`Review cycle "${cycle.name}" was closed meanwhile.`);
    }
    return presentCycle(await cycleOrThrow(trx, auth.organizationId, id));
  });
}
