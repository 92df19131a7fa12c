import type { RowUpdate } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { today } from "../cycles/cycle-dates.js";
import { insertEmployee, updateEmployee } from "../people/people.repository.js";
import {
  changeRoleScorecards,
  endScorecardsOfLeaver,
  startScorecardsForJoiner,
} from "../scorecards/scorecard-lifecycle.service.js";
import { listPeopleWithManagers, listRoleLabels } from "./imports.repository.js";
import type { PersonRecord } from "./validation/validate-people.js";

export interface PeopleWriteTotals {
  added: number;
  changed: number;
  unchanged: number;
}

/**
 * Upserts validated people by employee number inside the caller's transaction, with the same
 * side effects as the people API: a joiner gets scorecards in open cycles, a role change
 * supersedes the old scorecard from today, `active: no` ends a person's scorecards. Managers are
 * set in a second pass, so a file may name a manager who appears further down. People who have
 * left are history and stay as they are.
 */
export async function writePeople(
  db: Executor,
  organizationId: string,
  records: readonly PersonRecord[],
): Promise<PeopleWriteTotals> {
  const stored = await listPeopleWithManagers(db, organizationId);
  const byId = new Map(stored.map((p) => [p.id, p]));
  const idByNumber = new Map(stored.map((p) => [p.employee_number.toLowerCase(), p.id]));
  const roleTitle = new Map((await listRoleLabels(db, organizationId)).map((r) => [r.id, r.title]));
  const outcome = new Map<PersonRecord, "added" | "changed" | "unchanged">();
  const now = nowIso();
  const day = today();

  for (const r of records) {
    const current = r.existingId ? byId.get(r.existingId) : undefined;
    if (!current) {
      const row = {
        id: newId(),
        organization_id: organizationId,
        employee_number: r.employeeNumber,
        name: r.name,
        email: r.email ?? null,
        // Validation refuses a new person without a role.
        role_id: r.roleId as string,
        org_unit_id: r.orgUnitId ?? null,
        manager_id: null,
        user_id: null,
        start_date: r.startDate ?? day,
        end_date: null,
        deactivated_at: null,
        created_at: now,
        updated_at: now,
      };
      await insertEmployee(db, row);
      await startScorecardsForJoiner(db, row);
      idByNumber.set(r.employeeNumber.toLowerCase(), row.id);
      outcome.set(r, "added");
      continue;
    }
    if (current.deactivated_at !== null) {
      outcome.set(r, "unchanged");
      continue;
    }
    const changes: RowUpdate<"employees"> = {};
    if (r.name !== current.name) changes.name = r.name;
    if (r.employeeNumber !== current.employee_number) changes.employee_number = r.employeeNumber;
    if (r.email !== undefined && r.email !== current.email) changes.email = r.email;
    if (r.orgUnitId !== undefined && r.orgUnitId !== current.org_unit_id) changes.org_unit_id = r.orgUnitId;
    if (r.startDate !== undefined && r.startDate !== current.start_date) changes.start_date = r.startDate;
    const roleChanges = r.roleId !== undefined && r.roleId !== current.role_id;
    if (roleChanges) changes.role_id = r.roleId;
    const leaves = r.active === false;
    if (Object.keys(changes).length > 0) {
      await updateEmployee(db, organizationId, current.id, { ...changes, updated_at: now });
    }
    if (roleChanges && r.roleId) {
      await changeRoleScorecards(db, { ...current, role_id: r.roleId }, day, roleTitle.get(r.roleId) ?? "");
    }
    if (leaves) {
      await updateEmployee(db, organizationId, current.id, { end_date: day, deactivated_at: now, updated_at: now });
      await endScorecardsOfLeaver(db, current, day);
    }
    outcome.set(r, Object.keys(changes).length > 0 || leaves ? "changed" : "unchanged");
  }

  for (const r of records) {
    if (r.managerEmployeeNumber === undefined) continue;
    const id = idByNumber.get(r.employeeNumber.toLowerCase());
    const current = id ? byId.get(id) : undefined;
    if (!id || current?.deactivated_at) continue;
    const managerId =
      r.managerEmployeeNumber === null ? null : (idByNumber.get(r.managerEmployeeNumber.toLowerCase()) ?? null);
    if ((current?.manager_id ?? null) === managerId) continue;
    await updateEmployee(db, organizationId, id, { manager_id: managerId, updated_at: now });
    if (outcome.get(r) === "unchanged") outcome.set(r, "changed");
  }

  const totals: PeopleWriteTotals = { added: 0, changed: 0, unchanged: 0 };
  for (const o of outcome.values()) totals[o] += 1;
  return totals;
}
