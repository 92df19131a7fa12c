/**
 * What people validation needs from the database, for one organization. Everything is listed
 * whole: an organization's people, roles and units fit in memory, and manager loops can only be
 * found against the complete reporting lines.
 */
export interface PeopleResolver {
  listRoles(): Promise<readonly { id: string; key: string; title: string }[]>;
  listOrgUnits(): Promise<readonly { id: string; name: string }[]>;
  listPeople(): Promise<
    readonly { id: string; employeeNumber: string; email: string | null; managerEmployeeNumber: string | null }[]
  >;
}
