import type { Row } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { addDays, maxDate, minDate } from "../cycles/cycle-dates.js";
import { listCycles } from "../cycles/cycles.repository.js";
import type { ScorecardChange } from "../people/people.schemas.js";
import { buildSnapshot, parseFrameworkContent } from "./scorecard-snapshot.js";
import { storeSnapshot } from "./scorecard-snapshot.store.js";
import {
  findPublishedVersion,
  findRoleForSnapshot,
  hasPublishedVersion,
  insertScorecard,
  listActiveScorecardsInOpenCycles,
  listKpisByKeys,
  updateScorecard,
} from "./scorecards.repository.js";

type Cycle = Pick<Row<"review_cycles">, "id" | "name" | "start_date" | "end_date">;
type Employee = Pick<Row<"employees">, "id" | "organization_id" | "role_id">;

export type CreateResult = { created: true; scorecardId: string } | { created: false; reason: string };

/**
 * Makes one scorecard for `employee` in `cycle` from `validFrom` to the cycle's end, snapshotting
 * their role's published framework version in effect by the cycle's end. Returns why not otherwise.
 */
export async function createScorecard(
  db: Executor,
  cycle: Cycle,
  employee: Employee,
  validFrom: string,
): Promise<CreateResult> {
  const organizationId = employee.organization_id;
  const version = await findPublishedVersion(db, organizationId, employee.role_id, cycle.end_date);
  if (!version) {
    const later = await hasPublishedVersion(db, organizationId, employee.role_id);
    return {
      created: false,
      reason: later
        ? "role's published framework takes effect only after the cycle ends"
        : "role has no published framework",
    };
  }
  const role = await findRoleForSnapshot(db, organizationId, employee.role_id);
  const content = parseFrameworkContent(version.content);
  if (!role || !content) return { created: false, reason: "role's published framework could not be read" };
  const kpis = await listKpisByKeys(db, organizationId, [...new Set(content.assignments.map((a) => a.kpi))]);
  const snapshot = await storeSnapshot(db, organizationId, buildSnapshot({ role, version, content, kpis }));
  const now = nowIso();
  const id = newId();
  await insertScorecard(db, {
    id,
    organization_id: organizationId,
    cycle_id: cycle.id,
    employee_id: employee.id,
    role_id: employee.role_id,
    framework_version_id: version.id,
    // The copy in `snapshot` is for readers not yet moved to snapshot_id (see the 21-00 migration).
    snapshot: snapshot.content,
    snapshot_id: snapshot.id,
    valid_from: validFrom,
    valid_to: cycle.end_date,
    status: "active",
    status_reason: null,
    created_at: now,
    updated_at: now,
  });
  return { created: true, scorecardId: id };
}

function change(cycle: Cycle, fields: Omit<ScorecardChange, "cycleId" | "cycleName">): ScorecardChange {
  return { cycleId: cycle.id, cycleName: cycle.name, ...fields };
}

async function createWithChange(
  db: Executor,
  cycle: Cycle,
  employee: Employee,
  from: string,
): Promise<ScorecardChange> {
  const result = await createScorecard(db, cycle, employee, from);
  return result.created
    ? change(cycle, {
        action: "created",
        scorecardId: result.scorecardId,
        validFrom: from,
        validTo: cycle.end_date,
        reason: `new scorecard from ${from}`,
      })
    : change(cycle, { action: "skipped", scorecardId: null, validFrom: null, validTo: null, reason: result.reason });
}

/** A person who joins while cycles are open gets a scorecard in each from their start date. */
export async function startScorecardsForJoiner(
  db: Executor,
  employee: Employee & Pick<Row<"employees">, "start_date">,
): Promise<ScorecardChange[]> {
  const changes: ScorecardChange[] = [];
  for (const cycle of await listCycles(db, employee.organization_id, "open")) {
    if (employee.start_date > cycle.end_date) continue;
    changes.push(await createWithChange(db, cycle, employee, maxDate(employee.start_date, cycle.start_date)));
  }
  return changes;
}

/**
 * A role change from `effectiveDate`: in every open cycle not yet over by then, the current
 * scorecard ends the day before (kept, marked superseded) and a new one starts with the new
 * role's published framework. A change dated before a cycle starts replaces its scorecard from
 * the cycle's first day.
 */
export async function changeRoleScorecards(
  db: Executor,
  employee: Employee,
  effectiveDate: string,
  roleTitle: string,
): Promise<ScorecardChange[]> {
  const organizationId = employee.organization_id;
  const active = await listActiveScorecardsInOpenCycles(db, organizationId, employee.id);
  const changes: ScorecardChange[] = [];
  for (const cycle of await listCycles(db, organizationId, "open")) {
    if (effectiveDate > cycle.end_date) continue;
    const from = maxDate(effectiveDate, cycle.start_date);
    for (const current of active.filter((s) => s.cycle_id === cycle.id)) {
      const validTo = addDays(from, -1);
      const reason = `role changed to ${roleTitle} on ${from}`;
      await updateScorecard(db, organizationId, current.id, {
        status: "superseded",
        status_reason: reason,
        valid_to: validTo,
        updated_at: nowIso(),
      });
      changes.push(
        change(cycle, {
          action: "superseded",
          scorecardId: current.id,
          validFrom: current.valid_from,
          validTo,
          reason,
        }),
      );
    }
    changes.push(await createWithChange(db, cycle, employee, from));
  }
  return changes;
}

/** A leaver's active scorecards in open cycles end on their last day; closed cycles stay as they were. */
export async function endScorecardsOfLeaver(
  db: Executor,
  employee: Pick<Row<"employees">, "id" | "organization_id">,
  endDate: string,
): Promise<ScorecardChange[]> {
  const changes: ScorecardChange[] = [];
  for (const current of await listActiveScorecardsInOpenCycles(db, employee.organization_id, employee.id)) {
    const validTo = minDate(current.valid_to, endDate);
    const reason = `left on ${endDate}`;
    await updateScorecard(db, employee.organization_id, current.id, {
      status: "ended",
      status_reason: reason,
      valid_to: validTo,
      updated_at: nowIso(),
    });
    changes.push({
      cycleId: current.cycle_id,
      cycleName: current.cycle_name,
      action: "ended",
      scorecardId: current.id,
      validFrom: current.valid_from,
      validTo,
      reason,
    });
  }
  return changes;
}
