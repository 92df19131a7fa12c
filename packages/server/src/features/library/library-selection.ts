import { FRAMEWORK_FORMAT_VERSION, type FrameworkDocument, type LibraryFamily } from "@yardstick/core";
import type { FieldIssue } from "../../http/http-errors.js";

/** Adds the ancestors of every selected key, so a parent reference never dangles. */
function withAncestors<T extends { key: string; parent?: string | undefined }>(
  selected: Set<string>,
  records: T[],
): T[] {
  const byKey = new Map(records.map((record) => [record.key, record]));
  for (const key of [...selected]) {
    let parent = byKey.get(key)?.parent;
    while (parent !== undefined && !selected.has(parent)) {
      selected.add(parent);
      parent = byKey.get(parent)?.parent;
    }
  }
  return records.filter((record) => selected.has(record.key));
}

/**
 * The document to import for a library request: the chosen families whole, or, when roles or
 * KPIs are named, just those roles (with their frameworks and everything those reference) and
 * those KPIs. Unknown keys come back as issues.
 */
export function selectLibraryDocument(
  families: LibraryFamily[],
  selection: { roles?: string[] | undefined; kpis?: string[] | undefined },
): { document: FrameworkDocument; issues: FieldIssue[] } {
  const all: FrameworkDocument = {
    yardstick: FRAMEWORK_FORMAT_VERSION,
    objectives: families.flatMap((f) => f.document.objectives),
    orgUnits: families.flatMap((f) => f.document.orgUnits),
    roles: families.flatMap((f) => f.document.roles),
    kpis: families.flatMap((f) => f.document.kpis),
    frameworks: families.flatMap((f) => f.document.frameworks),
  };
  if (selection.roles === undefined && selection.kpis === undefined) return { document: all, issues: [] };

  const issues: FieldIssue[] = [];
  const roleKeys = new Set(selection.roles ?? []);
  const kpiKeys = new Set(selection.kpis ?? []);
  const known = { roles: new Set(all.roles.map((r) => r.key)), kpis: new Set(all.kpis.map((k) => k.key)) };
  (selection.roles ?? []).forEach((key, index) => {
    if (!known.roles.has(key))
      issues.push({ path: `roles.${index}`, message: `no role "${key}" in the chosen families` });
  });
  (selection.kpis ?? []).forEach((key, index) => {
    if (!known.kpis.has(key)) issues.push({ path: `kpis.${index}`, message: `no KPI "${key}" in the chosen families` });
  });

  const frameworks = all.frameworks.filter((f) => roleKeys.has(f.role));
  const objectiveKeys = new Set<string>();
  for (const framework of frameworks) {
    for (const assignment of framework.assignments) {
      kpiKeys.add(assignment.kpi);
      for (const objective of assignment.objectives) objectiveKeys.add(objective);
    }
  }
  const roles = all.roles.filter((r) => roleKeys.has(r.key));
  const unitKeys = new Set(roles.flatMap((r) => (r.orgUnit ? [r.orgUnit] : [])));
  return {
    document: {
      yardstick: FRAMEWORK_FORMAT_VERSION,
      objectives: withAncestors(objectiveKeys, all.objectives),
      orgUnits: withAncestors(unitKeys, all.orgUnits),
      roles,
      kpis: all.kpis.filter((k) => kpiKeys.has(k.key)),
      frameworks,
    },
    issues,
  };
}
