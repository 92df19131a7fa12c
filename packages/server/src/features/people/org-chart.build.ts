import type { OrgChartNode, PersonResponse } from "./people.schemas.js";

/**
 * Nests people under their managers. Someone whose manager is not in the list (out of the
 * caller's sight, or left) is a top of the chart, so nobody the caller may see is dropped.
 */
export function buildOrgChart(people: readonly PersonResponse[]): OrgChartNode[] {
  const nodes = new Map<string, OrgChartNode>();
  for (const person of people) nodes.set(person.id, { ...person, reports: [] });
  const tops: OrgChartNode[] = [];
  for (const person of people) {
    const node = nodes.get(person.id) as OrgChartNode;
    const manager = person.managerId === null ? undefined : nodes.get(person.managerId);
    if (manager && manager !== node && !isBelow(manager, node, nodes)) manager.reports.push(node);
    else tops.push(node);
  }
  return tops;
}

/** Whether `candidate` already sits below `node`: guards the chart against a damaged loop. */
function isBelow(candidate: OrgChartNode, node: OrgChartNode, nodes: Map<string, OrgChartNode>): boolean {
  const seen = new Set<string>();
  let current: OrgChartNode | undefined = candidate;
  while (current && !seen.has(current.id)) {
    if (current.id === node.id) return true;
    seen.add(current.id);
    current = current.managerId === null ? undefined : nodes.get(current.managerId);
  }
  return false;
}
