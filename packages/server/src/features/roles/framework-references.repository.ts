import type { Executor } from "../../db/executor.js";

/**
 * What one stored framework version points at. Versions live in `framework_versions.content`
 * (JSON) and reference KPIs, objectives and responsibilities by KEY, so design records
 * read them here before a delete or a responsibility removal.
 */
export interface FrameworkVersionReferences {
  roleId: string;
  roleKey: string;
  roleTitle: string;
  version: number;
  status: "draft" | "published";
  kpiKeys: string[];
  objectiveKeys: string[];
  responsibilityKeys: string[];
}

/** Every framework version of the organization (or of one role), newest version first per role. */
export async function listFrameworkReferences(
  db: Executor,
  organizationId: string,
  filter: { roleId?: string } = {},
): Promise<FrameworkVersionReferences[]> {
  let query = db
    .selectFrom("framework_versions as fv")
    .innerJoin("roles as r", (join) =>
      join.onRef("r.id", "=", "fv.role_id").onRef("r.organization_id", "=", "fv.organization_id"),
    )
    .select(["fv.role_id", "r.key as role_key", "r.title as role_title", "fv.version", "fv.status", "fv.content"])
    .where("fv.organization_id", "=", organizationId);
  if (filter.roleId) query = query.where("fv.role_id", "=", filter.roleId);
  const rows = await query.orderBy("r.key").orderBy("fv.version", "desc").execute();
  return rows.map((row) => ({
    roleId: row.role_id,
    roleKey: row.role_key,
    roleTitle: row.role_title,
    version: row.version,
    status: row.status,
    ...assignmentReferences(row.content),
  }));
}

/** Reads keys out of stored content defensively: a draft may be incomplete, and a bad row must not 500. */
function assignmentReferences(content: string) {
  const kpiKeys = new Set<string>();
  const objectiveKeys = new Set<string>();
  const responsibilityKeys = new Set<string>();
  const assignments = parseAssignments(content);
  for (const assignment of assignments) {
    if (typeof assignment !== "object" || assignment === null) continue;
    const { kpi, objectives, responsibility } = assignment as Record<string, unknown>;
    if (typeof kpi === "string") kpiKeys.add(kpi);
    if (typeof responsibility === "string") responsibilityKeys.add(responsibility);
    if (Array.isArray(objectives)) {
      for (const key of objectives) if (typeof key === "string") objectiveKeys.add(key);
    }
  }
  return { kpiKeys: [...kpiKeys], objectiveKeys: [...objectiveKeys], responsibilityKeys: [...responsibilityKeys] };
}

function parseAssignments(content: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(content);
    const assignments = (parsed as { assignments?: unknown } | null)?.assignments;
    return Array.isArray(assignments) ? assignments : [];
  } catch {
    return [];
  }
}
