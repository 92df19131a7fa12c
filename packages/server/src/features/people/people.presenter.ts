import type { PersonRow } from "./people.repository.js";
import type { PersonResponse } from "./people.schemas.js";

export function presentPerson(row: PersonRow): PersonResponse {
  return {
    id: row.id,
    employeeNumber: row.employee_number,
    name: row.name,
    email: row.email,
    roleId: row.role_id,
    roleTitle: row.role_title,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
    managerId: row.manager_id,
    managerName: row.manager_name,
    userId: row.user_id,
    startDate: row.start_date,
    endDate: row.end_date,
    active: row.deactivated_at === null,
    deactivatedAt: row.deactivated_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
