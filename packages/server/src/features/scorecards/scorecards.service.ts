import { validateScoringConfig } from "@yardstick/core";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { badRequest, conflict, forbidden, notFound } from "../../http/http-errors.js";
import { canManageEmployee, canSeeEmployee, scopeFilter, visibleEmployeeIds } from "../access/access.service.js";
import type { AuthContext } from "../auth/auth-context.js";
import { findCycle } from "../cycles/cycles.repository.js";
import { scoreOfScorecard } from "../scores/scorecard-recompute.service.js";
import { scorecardItems } from "./scorecard-items.js";
import { parseSnapshot, type ScorecardSnapshot } from "./scorecard-snapshot.js";
import { loadSnapshot, loadSnapshots } from "./scorecard-snapshot.store.js";
import {
  presentOverride,
  presentScorecardDetail,
  presentScorecardSummary,
  toAppliedOverride,
} from "./scorecards.presenter.js";
import {
  findScorecard,
  findScorecardEmployeeId,
  insertOverride,
  listOverrides,
  listScorecards,
  type ScorecardRow,
} from "./scorecards.repository.js";
import type { CreateOverrideBody, OverrideResponse, ScorecardDetail, ScorecardSummary } from "./scorecards.schemas.js";

type Caller = Pick<AuthContext, "userId" | "organizationId" | "role">;

/** Scorecards of the people the caller may see, narrowed by cycle and/or employee. */
export async function listVisibleScorecards(
  db: Executor,
  auth: Caller,
  filter: { cycleId?: string | undefined; employeeId?: string | undefined },
): Promise<ScorecardSummary[]> {
  if (filter.cycleId && !(await findCycle(db, auth.organizationId, filter.cycleId))) throw notFound("Review cycle");
  if (filter.employeeId && !(await canSeeEmployee(db, auth, filter.employeeId))) throw notFound("Person");
  const scope = await visibleEmployeeIds(db, auth);
  const rows = await listScorecards(db, auth.organizationId, { ...filter, employeeIds: scopeFilter(scope) });
  const snapshots = await loadSnapshots(
    db,
    auth.organizationId,
    rows.flatMap((r) => (r.snapshot_id === null ? [] : [r.snapshot_id])),
  );
  return rows.map((row) =>
    presentScorecardSummary(row, (row.snapshot_id && snapshots.get(row.snapshot_id)) || parseSnapshot(row.snapshot)),
  );
}

/**
 * A scorecard the caller may see with its snapshot; 404 otherwise, exactly as for an unknown id.
 * Exported for the features that score and measure scorecards.
 */
export async function loadVisibleScorecard(
  db: Executor,
  auth: Caller,
  id: string,
): Promise<{ row: ScorecardRow; snapshot: ScorecardSnapshot }> {
  const row = await findScorecard(db, auth.organizationId, id);
  if (!row || !(await canSeeEmployee(db, auth, row.employee_id))) throw notFound("Scorecard");
  return { row, snapshot: await snapshotOf(db, row) };
}

/** The scorecard's snapshot, parsed once per process by id (rows from before snapshot_id: their own copy). */
async function snapshotOf(db: Executor, row: Pick<ScorecardRow, "organization_id" | "snapshot_id" | "snapshot">) {
  return row.snapshot_id === null
    ? parseSnapshot(row.snapshot)
    : loadSnapshot(db, row.organization_id, row.snapshot_id);
}

/**
 * 404 unless the scorecard exists and the caller may see its person: loadVisibleScorecard's check
 * without loading the scorecard itself (for the score GET, which reads the stored result).
 */
export async function assertVisibleScorecard(db: Executor, auth: Caller, id: string): Promise<void> {
  const employeeId = await findScorecardEmployeeId(db, auth.organizationId, id);
  if (employeeId === undefined || !(await canSeeEmployee(db, auth, employeeId))) throw notFound("Scorecard");
}

export async function getScorecard(db: Executor, auth: Caller, id: string): Promise<ScorecardDetail> {
  const { row, snapshot } = await loadVisibleScorecard(db, auth, id);
  const overrides = await listOverrides(db, auth.organizationId, id);
  const score = await scoreOfScorecard(db, auth.organizationId, id);
  return {
    ...presentScorecardDetail(row, snapshot, scorecardItems(snapshot, overrides.map(toAppliedOverride)), overrides),
    score,
  };
}

/**
 * Records a per-person target for one KPI of a scorecard, with the reason, who and when.
 * Only the person's managers (up the line) and hr/admin may; history is kept, the latest wins.
 */
export async function addOverride(
  db: Executor,
  auth: Caller,
  id: string,
  body: CreateOverrideBody,
): Promise<OverrideResponse> {
  return db.transaction().execute(async (trx) => {
    const { row, snapshot } = await loadVisibleScorecard(trx, auth, id);
    if (!(await canManageEmployee(trx, auth, row.employee_id))) {
      throw forbidden("Only this person's managers, hr or admin can change their targets.");
    }
    if (row.cycle_status === "closed") {
      throw conflict(`Review cycle "${row.cycle_name}" is closed; its targets are history and cannot change.`);
    }
    if (row.status !== "active") {
      throw conflict(
        `This scorecard is ${row.status} (${row.status_reason ?? "no longer in use"}); set targets on the person's current scorecard.`,
      );
    }
    const keys = snapshot.framework.assignments.map((a) => a.kpi);
    if (!keys.includes(body.kpi)) {
      throw badRequest(`kpi: "${body.kpi}" is not on this scorecard. Use one of: ${keys.join(", ") || "(none)"}.`, [
        { path: "kpi", message: "is not on this scorecard" },
      ]);
    }
    const issues = validateScoringConfig(body.scoring).map((i) => ({ path: `scoring.${i.path}`, message: i.message }));
    const first = issues[0];
    if (first) throw badRequest(`Invalid scoring: ${first.path} ${first.message}.`, issues);
    const existing = await listOverrides(trx, auth.organizationId, id);
    // "Latest wins" follows created_at; keep it strictly increasing even within one millisecond.
    const last = existing.at(-1)?.created_at;
    let createdAt = nowIso();
    if (last && createdAt <= last) createdAt = new Date(Date.parse(last) + 1).toISOString();
    const overrideId = newId();
    await insertOverride(trx, {
      id: overrideId,
      organization_id: auth.organizationId,
      scorecard_id: id,
      kpi_key: body.kpi,
      scoring: JSON.stringify(body.scoring),
      reason: body.reason,
      created_by: auth.userId,
      created_at: createdAt,
    });
    const stored = (await listOverrides(trx, auth.organizationId, id)).find((o) => o.id === overrideId);
    if (!stored) throw new Error("override vanished inside its own transaction");
    return presentOverride(stored, id);
  });
}
