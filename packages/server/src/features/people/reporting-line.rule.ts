import type { Executor } from "../../db/executor.js";
import { badRequest } from "../../http/http-errors.js";
import { findEmployee, listManagerChainIds } from "./people.repository.js";

/**
 * Checks a new manager for `employeeId` (null for a person being created): the manager must be
 * an active employee of the organization, not the person themself, and not someone who already
 * reports to them (directly or indirectly), which would make a reporting loop.
 */
export async function assertValidManager(
  db: Executor,
  organizationId: string,
  employeeId: string | null,
  managerId: string,
): Promise<void> {
  if (managerId === employeeId) {
    throw badRequest("managerId: a person cannot be their own manager.", [
      { path: "managerId", message: "cannot be the person themself" },
    ]);
  }
  const manager = await findEmployee(db, organizationId, managerId);
  if (!manager) {
    throw badRequest("managerId: no employee with this id in your organization. Use an id from GET /api/v1/people.", [
      { path: "managerId", message: "no employee with this id in your organization" },
    ]);
  }
  if (manager.deactivated_at !== null) {
    throw badRequest(`managerId: ${manager.name} has left the organization; choose an active manager.`, [
      { path: "managerId", message: "this person has left the organization" },
    ]);
  }
  if (employeeId === null) return;
  const chain = await listManagerChainIds(db, organizationId, managerId);
  if (chain.includes(employeeId)) {
    throw badRequest(
      `managerId: ${manager.name} already reports to this person (directly or indirectly); ` +
        "making them the manager would create a reporting loop. Change the other person's manager first.",
      [{ path: "managerId", message: "would create a reporting loop" }],
    );
  }
}
