import type { Executor } from "../../db/executor.js";
import { listOrgUnitLabels, listPeopleWithManagers, listRoleLabels } from "./imports.repository.js";
import type { PeopleResolver } from "./validation/people-resolver.js";

/** People validation's questions answered from the database, for one organization. */
export function databasePeopleResolver(db: Executor, organizationId: string): PeopleResolver {
  return {
    listRoles: () => listRoleLabels(db, organizationId),
    listOrgUnits: () => listOrgUnitLabels(db, organizationId),
    listPeople: async () =>
      (await listPeopleWithManagers(db, organizationId)).map((p) => ({
        id: p.id,
        employeeNumber: p.employee_number,
        email: p.email,
        managerEmployeeNumber: p.manager_employee_number,
      })),
  };
}
