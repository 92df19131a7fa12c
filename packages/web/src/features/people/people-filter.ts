import type { Person } from "./person.types.js";

export interface PeopleFilters {
  q?: string;
  roleId?: string;
  orgUnitId?: string;
  /** "active" (default), "inactive" or "all". */
  status?: "active" | "inactive" | "all";
}

/** People matching the search text (name, email, employee number) and the filters, sorted by name. */
export function filterPeople(people: readonly Person[], filters: PeopleFilters): Person[] {
  const text = filters.q?.trim().toLowerCase() ?? "";
  const status = filters.status ?? "active";
  return people
    .filter((p) => status === "all" || (status === "active" ? p.active : !p.active))
    .filter((p) => !filters.roleId || p.roleId === filters.roleId)
    .filter((p) => !filters.orgUnitId || p.orgUnitId === filters.orgUnitId)
    .filter(
      (p) =>
        !text ||
        p.name.toLowerCase().includes(text) ||
        (p.email ?? "").toLowerCase().includes(text) ||
        p.employeeNumber.toLowerCase().includes(text),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * People who may be this person's manager: active, not the person, and not someone who already
 * reports to them (directly or indirectly), which would make a loop the server refuses anyway.
 */
export function managerCandidates(people: readonly Person[], personId: string | undefined): Person[] {
  if (!personId) return people.filter((p) => p.active);
  const below = new Set<string>([personId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of people) {
      if (p.managerId && below.has(p.managerId) && !below.has(p.id)) {
        below.add(p.id);
        grew = true;
      }
    }
  }
  return people.filter((p) => p.active && !below.has(p.id));
}
