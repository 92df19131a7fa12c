import type { RowUpdate } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { badRequest, conflict, notFound } from "../../http/http-errors.js";
import { canSeeEmployee, scopeFilter, visibleEmployeeIds } from "../access/access.service.js";
import type { AuthContext } from "../auth/auth-context.js";
import { deleteSessionsOfMembership } from "../auth/session.repository.js";
import { today } from "../cycles/cycle-dates.js";
import {
  changeRoleScorecards,
  endScorecardsOfLeaver,
  startScorecardsForJoiner,
} from "../scorecards/scorecard-lifecycle.service.js";
import { countActiveMembershipsOfUser, setMemberDisabledAt, setUserDisabledAt } from "../users/users.repository.js";
import { buildOrgChart } from "./org-chart.build.js";
import { presentPerson } from "./people.presenter.js";
import {
  findEmployee,
  findEmployeeByNumber,
  findEmployeeByUser,
  findMemberRef,
  findOrgUnitRef,
  findPerson,
  findRoleRef,
  insertEmployee,
  listPeople,
  updateEmployee,
} from "./people.repository.js";
import type {
  CreatePersonBody,
  DeactivatePersonBody,
  OrgChartNode,
  PersonResponse,
  ScorecardChange,
  UpdatePersonBody,
} from "./people.schemas.js";
import { assertValidManager } from "./reporting-line.rule.js";

type Caller = Pick<AuthContext, "userId" | "organizationId" | "role">;
type PersonWithChanges = PersonResponse & { scorecardChanges: ScorecardChange[] };

async function present(db: Executor, organizationId: string, id: string): Promise<PersonResponse> {
  const row = await findPerson(db, organizationId, id);
  if (!row) throw notFound("Person");
  return presentPerson(row);
}

async function assertRole(db: Executor, organizationId: string, roleId: string) {
  const role = await findRoleRef(db, organizationId, roleId);
  if (!role) {
    throw badRequest("roleId: no role with this id in your organization. Use an id from GET /api/v1/roles.", [
      { path: "roleId", message: "no role with this id in your organization" },
    ]);
  }
  return role;
}

async function assertOrgUnit(db: Executor, organizationId: string, orgUnitId: string): Promise<void> {
  if (!(await findOrgUnitRef(db, organizationId, orgUnitId))) {
    throw badRequest(
      "orgUnitId: no org unit with this id in your organization. Use an id from GET /api/v1/org-units.",
      [{ path: "orgUnitId", message: "no org unit with this id in your organization" }],
    );
  }
}

async function assertNumberFree(db: Executor, organizationId: string, employeeNumber: string, selfId: string | null) {
  const other = await findEmployeeByNumber(db, organizationId, employeeNumber);
  if (other && other.id !== selfId) {
    throw conflict(`employeeNumber: ${employeeNumber} already belongs to ${other.name}. Employee numbers are unique.`, [
      { path: "employeeNumber", message: "already in use" },
    ]);
  }
}

async function assertUserLinkable(db: Executor, organizationId: string, userId: string, selfId: string | null) {
  if (!(await findMemberRef(db, organizationId, userId))) {
    throw badRequest("userId: no member account with this id in your organization. Invite the person first.", [
      { path: "userId", message: "no member account with this id in your organization" },
    ]);
  }
  const other = await findEmployeeByUser(db, organizationId, userId);
  if (other && other.id !== selfId) {
    throw conflict(`userId: this account is already linked to ${other.name}. Unlink it there first.`, [
      { path: "userId", message: "already linked to another employee" },
    ]);
  }
}

/** People the caller may see, by name. */
export async function listVisiblePeople(
  db: Executor,
  auth: Caller,
  options: { includeInactive?: boolean | undefined },
): Promise<PersonResponse[]> {
  const scope = await visibleEmployeeIds(db, auth);
  const rows = await listPeople(db, auth.organizationId, {
    ids: scopeFilter(scope),
    includeInactive: options.includeInactive ?? false,
  });
  return rows.map(presentPerson);
}

/** One person; 404 when they are out of the caller's sight, exactly as when they do not exist. */
export async function getVisiblePerson(db: Executor, auth: Caller, id: string): Promise<PersonResponse> {
  if (!(await canSeeEmployee(db, auth, id))) throw notFound("Person");
  return present(db, auth.organizationId, id);
}

/** The active people the caller may see, nested under their managers. */
export async function visibleOrgChart(db: Executor, auth: Caller): Promise<OrgChartNode[]> {
  return buildOrgChart(await listVisiblePeople(db, auth, { includeInactive: false }));
}

/** Adds a person; in an open cycle they get a scorecard from their start date. */
export async function createPerson(db: Executor, auth: Caller, body: CreatePersonBody): Promise<PersonWithChanges> {
  const organizationId = auth.organizationId;
  return db.transaction().execute(async (trx) => {
    await assertRole(trx, organizationId, body.roleId);
    if (body.orgUnitId) await assertOrgUnit(trx, organizationId, body.orgUnitId);
    if (body.managerId) await assertValidManager(trx, organizationId, null, body.managerId);
    if (body.userId) await assertUserLinkable(trx, organizationId, body.userId, null);
    await assertNumberFree(trx, organizationId, body.employeeNumber, null);
    const now = nowIso();
    const row = {
      id: newId(),
      organization_id: organizationId,
      employee_number: body.employeeNumber,
      name: body.name,
      email: body.email ?? null,
      role_id: body.roleId,
      org_unit_id: body.orgUnitId ?? null,
      manager_id: body.managerId ?? null,
      user_id: body.userId ?? null,
      start_date: body.startDate,
      end_date: null,
      deactivated_at: null,
      created_at: now,
      updated_at: now,
    };
    await insertEmployee(trx, row);
    const scorecardChanges = await startScorecardsForJoiner(trx, row);
    return { ...(await present(trx, organizationId, row.id)), scorecardChanges };
  });
}

/**
 * Edits a person. A new role takes effect on `effectiveDate` (default today): in open cycles the
 * old scorecard is kept but superseded, and a new one starts from that date.
 */
export async function updatePerson(
  db: Executor,
  auth: Caller,
  id: string,
  body: UpdatePersonBody,
): Promise<PersonWithChanges> {
  const organizationId = auth.organizationId;
  return db.transaction().execute(async (trx) => {
    const current = await findEmployee(trx, organizationId, id);
    if (!current) throw notFound("Person");
    if (current.deactivated_at !== null) {
      throw conflict(`${current.name} has left the organization; their record is kept as history and cannot change.`);
    }
    const roleChanges = body.roleId !== undefined && body.roleId !== current.role_id;
    if (body.effectiveDate !== undefined && !roleChanges) {
      throw badRequest("effectiveDate: only valid together with a new roleId.", [
        { path: "effectiveDate", message: "only valid together with a new roleId" },
      ]);
    }
    const role = body.roleId !== undefined ? await assertRole(trx, organizationId, body.roleId) : undefined;
    if (body.orgUnitId) await assertOrgUnit(trx, organizationId, body.orgUnitId);
    if (body.managerId) await assertValidManager(trx, organizationId, id, body.managerId);
    if (body.employeeNumber !== undefined) await assertNumberFree(trx, organizationId, body.employeeNumber, id);
    const startDate = body.startDate ?? current.start_date;
    const effectiveDate = body.effectiveDate ?? today();
    if (roleChanges && effectiveDate < startDate) {
      throw badRequest(`effectiveDate: must be on or after the start date ${startDate}.`, [
        { path: "effectiveDate", message: `must be on or after the start date ${startDate}` },
      ]);
    }
    const changes: RowUpdate<"employees"> = { updated_at: nowIso() };
    if (body.employeeNumber !== undefined) changes.employee_number = body.employeeNumber;
    if (body.name !== undefined) changes.name = body.name;
    if (body.email !== undefined) changes.email = body.email;
    if (body.roleId !== undefined) changes.role_id = body.roleId;
    if (body.orgUnitId !== undefined) changes.org_unit_id = body.orgUnitId;
    if (body.managerId !== undefined) changes.manager_id = body.managerId;
    if (body.startDate !== undefined) changes.start_date = body.startDate;
    await updateEmployee(trx, organizationId, id, changes);
    const scorecardChanges =
      roleChanges && role
        ? await changeRoleScorecards(trx, { ...current, role_id: role.id }, effectiveDate, role.title)
        : [];
    return { ...(await present(trx, organizationId, id)), scorecardChanges };
  });
}

/**
 * A leaver: their record and scorecards stay as history, their active scorecards end on their
 * last day, and their account can no longer sign in to this organization (sessions ended).
 */
export async function deactivatePerson(
  db: Executor,
  auth: Caller,
  id: string,
  body: DeactivatePersonBody,
): Promise<PersonWithChanges> {
  const organizationId = auth.organizationId;
  return db.transaction().execute(async (trx) => {
    const current = await findEmployee(trx, organizationId, id);
    if (!current) throw notFound("Person");
    if (current.deactivated_at !== null) throw conflict(`${current.name} was already deactivated.`);
    const endDate = body?.endDate ?? today();
    if (endDate < current.start_date) {
      throw badRequest(`endDate: must be on or after the start date ${current.start_date}.`, [
        { path: "endDate", message: `must be on or after the start date ${current.start_date}` },
      ]);
    }
    const now = nowIso();
    await updateEmployee(trx, organizationId, id, { end_date: endDate, deactivated_at: now, updated_at: now });
    const scorecardChanges = await endScorecardsOfLeaver(trx, current, endDate);
    if (current.user_id !== null) {
      await setMemberDisabledAt(trx, organizationId, current.user_id, now);
      await deleteSessionsOfMembership(trx, current.user_id, organizationId);
      if ((await countActiveMembershipsOfUser(trx, current.user_id)) === 0) {
        await setUserDisabledAt(trx, current.user_id, now);
      }
    }
    return { ...(await present(trx, organizationId, id)), scorecardChanges };
  });
}

/** Links (or with null unlinks) the member account that signs in as this person. */
export async function linkUser(db: Executor, auth: Caller, id: string, userId: string | null): Promise<PersonResponse> {
  const organizationId = auth.organizationId;
  return db.transaction().execute(async (trx) => {
    const current = await findEmployee(trx, organizationId, id);
    if (!current) throw notFound("Person");
    if (current.deactivated_at !== null) {
      throw conflict(`${current.name} has left the organization; their record cannot change.`);
    }
    if (userId !== null) await assertUserLinkable(trx, organizationId, userId, id);
    await updateEmployee(trx, organizationId, id, { user_id: userId, updated_at: nowIso() });
    return present(trx, organizationId, id);
  });
}
