import type { Executor } from "../../db/executor.js";

/** The employee record linked to a signed-in user in one organization, if any. */
export async function findEmployeeOfUser(db: Executor, organizationId: string, userId: string) {
  return db
    .selectFrom("employees")
    .select(["id", "deactivated_at"])
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/**
 * Everyone below `managerId` in the reporting line, direct and indirect. UNION (not UNION ALL)
 * makes the recursion stop even if a loop slipped into the data, so a bad row cannot hang a request.
 */
export async function listReportingLineIds(db: Executor, organizationId: string, managerId: string): Promise<string[]> {
  const rows = await db
    .withRecursive("line(id)", (qb) =>
      qb
        .selectFrom("employees")
        .select("id")
        .where("organization_id", "=", organizationId)
        .where("manager_id", "=", managerId)
        .union((inner) =>
          inner
            .selectFrom("employees as e")
            .innerJoin("line", "line.id", "e.manager_id")
            .select("e.id")
            .where("e.organization_id", "=", organizationId),
        ),
    )
    .selectFrom("line")
    .select("id")
    .execute();
  return rows.map((r) => r.id).filter((id) => id !== managerId);
}

/**
 * `employeeId` and everyone above them: a walk up manager_id by primary key. UNION (not UNION ALL)
 * stops the walk on a loop that slipped into the data, as in listReportingLineIds.
 */
export function managerChain(db: Executor, organizationId: string, employeeId: string) {
  return db
    .withRecursive("chain(id, manager_id)", (qb) =>
      qb
        .selectFrom("employees")
        .select(["id", "manager_id"])
        .where("organization_id", "=", organizationId)
        .where("id", "=", employeeId)
        .union((inner) =>
          inner
            .selectFrom("employees as e")
            .innerJoin("chain", "chain.manager_id", "e.id")
            .select(["e.id", "e.manager_id"])
            .where("e.organization_id", "=", organizationId),
        ),
    )
    .selectFrom("chain");
}

/**
 * Whether `employeeId` is below `managerId` in the reporting line (direct or indirect), walking up
 * from the one employee instead of listing the manager's whole line.
 */
export async function isInReportingLine(
  db: Executor,
  organizationId: string,
  managerId: string,
  employeeId: string,
): Promise<boolean> {
  if (managerId === employeeId) return false;
  const row = await managerChain(db, organizationId, employeeId)
    .select("id")
    .where("manager_id", "=", managerId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether an employee with this id exists in the organization. */
export async function employeeExists(db: Executor, organizationId: string, employeeId: string): Promise<boolean> {
  const row = await db
    .selectFrom("employees")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("id", "=", employeeId)
    .executeTakeFirst();
  return row !== undefined;
}
