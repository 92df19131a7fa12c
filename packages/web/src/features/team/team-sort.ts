import type { TeamMember } from "./team.types.js";

/** "name", "overall", or a KPI key. */
export type SortColumn = string;
export interface SortState {
  column: SortColumn;
  direction: "asc" | "desc";
}

function sortValue(member: TeamMember, column: SortColumn): number | string | null {
  if (column === "name") return member.employeeName.toLowerCase();
  if (column === "overall") return member.overall;
  return member.kpis.find((k) => k.kpi === column)?.score ?? null;
}

/**
 * Team rows sorted by a column. People without a value (no data, KPI not on their scorecard)
 * always go last, whichever the direction, so a sort never hides them among the top scores.
 */
export function sortTeam(members: readonly TeamMember[], sort: SortState): TeamMember[] {
  const factor = sort.direction === "asc" ? 1 : -1;
  return [...members].sort((a, b) => {
    const va = sortValue(a, sort.column);
    const vb = sortValue(b, sort.column);
    if (va === null && vb === null) return a.employeeName.localeCompare(b.employeeName);
    if (va === null) return 1;
    if (vb === null) return -1;
    if (va < vb) return -factor;
    if (va > vb) return factor;
    return a.employeeName.localeCompare(b.employeeName);
  });
}

/** Clicking a header: a new column starts descending for scores (best first), ascending for names. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column === column) return { column, direction: current.direction === "asc" ? "desc" : "asc" };
  return { column, direction: column === "name" ? "asc" : "desc" };
}
