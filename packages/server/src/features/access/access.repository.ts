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
