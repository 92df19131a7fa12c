import type { OrgChartNode, Person } from "./person.types.js";

export interface OrgChartItem extends Person {
  /** The manager as the tree sees it: null for a top of the chart even if their manager is out of sight. */
  parentId: string | null;
  reportCount: number;
}

/** The nested chart as a flat list with parent links, the shape the shared tree list takes. */
export function flattenOrgChart(tops: readonly OrgChartNode[]): OrgChartItem[] {
  const out: OrgChartItem[] = [];
  const visit = (node: OrgChartNode, parentId: string | null) => {
    const { reports, ...person } = node;
    out.push({ ...person, parentId, reportCount: reports.length });
    for (const report of reports) visit(report, node.id);
  };
  for (const top of tops) visit(top, null);
  return out;
}
