import type { NewRow, RowUpdate } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { managerChain } from "../access/access.repository.js";

/** An employee with the names the API shows next to the ids. */
export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

function selectPeople(db: Executor, organizationId: string) {
  return db
    .selectFrom("employees as e")
    .innerJoin("roles as r", "r.id", "e.role_id")
    .leftJoin("org_units as u", "u.id", "e.org_unit_id")
    .leftJoin("employees as m", "m.id", "e.manager_id")
    .selectAll("e")
    .select(["r.title as role_title", "u.name as org_unit_name", "m.name as manager_name"])
    .where("e.organization_id", "=", organizationId);
}

/** People of the organization by name; `ids` narrows to those (an empty list yields nobody). */
export async function listPeople(
  db: Executor,
  organizationId: string,
  options: { ids?: readonly string[] | undefined; includeInactive: boolean },
): Promise<PersonRow[]> {
  if (options.ids?.length === 0) return [];
  let query = selectPeople(db, organizationId);
  if (options.ids) query = query.where("e.id", "in", options.ids);
  if (!options.includeInactive) query = query.where("e.deactivated_at", "is", null);
  return query.orderBy("e.name").orderBy("e.employee_number").execute();
}

export async function findPerson(db: Executor, organizationId: string, id: string) {
  return selectPeople(db, organizationId).where("e.id", "=", id).executeTakeFirst();
}

export async function findEmployee(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom("employees")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function findEmployeeByNumber(db: Executor, organizationId: string, employeeNumber: string) {
  return db
    .selectFrom("employees")
    .select(["id", "name"])
    .where("organization_id", "=", organizationId)
    .where("employee_number", "=", employeeNumber)
    .executeTakeFirst();
}

export async function findEmployeeByUser(db: Executor, organizationId: string, userId: string) {
  return db
    .selectFrom("employees")
    .select(["id", "name"])
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/** Active employees, for opening a cycle. */
export async function listActiveEmployees(db: Executor, organizationId: string) {
  return db
    .selectFrom("employees")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("deactivated_at", "is", null)
    .orderBy("name")
    .execute();
}

export async function insertEmployee(db: Executor, row: NewRow<"employees">): Promise<void> {
  await db.insertInto("employees").values(row).execute();
}

export async function updateEmployee(
  db: Executor,
  organizationId: string,
  id: string,
  changes: RowUpdate<"employees">,
): Promise<void> {
  await db
    .updateTable("employees")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/**
 * `employeeId` and everyone above them, nearest first: the chain a new manager must not
 * contain the employee in.
 */
export async function listManagerChainIds(db: Executor, organizationId: string, employeeId: string): Promise<string[]> {
  const rows = await managerChain(db, organizationId, employeeId).select("id").execute();
  return rows.map((r) => r.id);
}

export async function findRoleRef(db: Executor, organizationId: string, roleId: string) {
  return db
    .selectFrom("roles")
    .select(["id", "title"])
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
}

export async function findOrgUnitRef(db: Executor, organizationId: string, orgUnitId: string) {
  return db
    .selectFrom("org_units")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("id", "=", orgUnitId)
    .executeTakeFirst();
}

/** A member account of the organization (any role), for linking it to an employee. */
export async function findMemberRef(db: Executor, organizationId: string, userId: string) {
  return db
    .selectFrom("memberships")
    .select("user_id")
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}
