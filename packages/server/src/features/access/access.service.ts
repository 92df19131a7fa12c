import type { Executor } from "../../db/executor.js";
import { unauthorized } from "../../http/http-errors.js";
import type { AuthContext } from "../auth/auth-context.js";
import { employeeExists, findEmployeeOfUser, isInReportingLine, listReportingLineIds } from "./access.repository.js";

/** Whose people records a caller may see: the whole organization, or exactly these employees. */
export type EmployeeScope = { all: true } | { all: false; ids: string[] };

type Caller = Pick<AuthContext, "userId" | "organizationId" | "role">;

/** Roles that see and manage the whole organization's people, cycles and scorecards. */
export const PEOPLE_ADMINS: readonly Caller["role"][] = ["admin", "hr"];
const ORGANIZATION_WIDE = PEOPLE_ADMINS;

/**
 * The caller's own employee record. A caller whose record is deactivated has left: 401, whatever
 * their session says (deactivation also ends their sessions, this is the second lock).
 */
export async function callerEmployeeId(db: Executor, auth: Caller): Promise<string | null> {
  const own = await findEmployeeOfUser(db, auth.organizationId, auth.userId);
  if (!own) return null;
  if (own.deactivated_at !== null) throw unauthorized("Your access ended when you left the organization.");
  return own.id;
}

/**
 * Employees the caller may see: hr and admin the whole organization; a manager themself and
 * everyone in their reporting line (direct and indirect); an employee only themself. A caller
 * with no linked employee record sees nobody unless they are hr or admin.
 */
export async function visibleEmployeeIds(db: Executor, auth: Caller): Promise<EmployeeScope> {
  const own = await callerEmployeeId(db, auth);
  if (ORGANIZATION_WIDE.includes(auth.role)) return { all: true };
  if (own === null) return { all: false, ids: [] };
  if (auth.role !== "manager") return { all: false, ids: [own] };
  return { all: false, ids: [own, ...(await listReportingLineIds(db, auth.organizationId, own))] };
}

/** Whether the caller may see this employee (and their scorecards). Unknown ids are simply not visible. */
export async function canSeeEmployee(db: Executor, auth: Caller, employeeId: string): Promise<boolean> {
  // Same rules as visibleEmployeeIds, checked for one target without listing a whole line.
  const own = await callerEmployeeId(db, auth);
  if (ORGANIZATION_WIDE.includes(auth.role)) return employeeExists(db, auth.organizationId, employeeId);
  if (own === null) return false;
  if (own === employeeId) return true;
  if (auth.role !== "manager") return false;
  return isInReportingLine(db, auth.organizationId, own, employeeId);
}

/**
 * Whether the caller may manage this employee's targets: hr and admin for anyone in the
 * organization, a manager for people in their reporting line (not themself), nobody else.
 */
export async function canManageEmployee(db: Executor, auth: Caller, employeeId: string): Promise<boolean> {
  const own = await callerEmployeeId(db, auth);
  if (ORGANIZATION_WIDE.includes(auth.role)) return employeeExists(db, auth.organizationId, employeeId);
  if (auth.role !== "manager" || own === null || own === employeeId) return false;
  return isInReportingLine(db, auth.organizationId, own, employeeId);
}

/** Narrows a list of employee ids to the scope; `undefined` means "no narrowing" (the whole organization). */
export function scopeFilter(scope: EmployeeScope): string[] | undefined {
  return scope.all ? undefined : scope.ids;
}
