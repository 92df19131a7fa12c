import type { Finding } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import { parseContent } from "./framework-content.js";
import type { VersionResponse } from "./frameworks.schemas.js";

/** Who created or published a version: id and name, or null when unknown or no longer a member. */
function person(id: string | null, names: ReadonlyMap<string, string>) {
  const name = id === null ? undefined : names.get(id);
  return id !== null && name !== undefined ? { id, name } : null;
}

export function presentVersionSummary(row: Row<"framework_versions">, names: ReadonlyMap<string, string>) {
  return {
    id: row.id,
    roleId: row.role_id,
    version: row.version,
    status: row.status,
    effectiveDate: row.effective_date,
    changelog: row.changelog,
    kpiCount: parseContent(row.content).assignments.length,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    createdBy: person(row.created_by, names),
    publishedBy: person(row.published_by, names),
  };
}

export function presentVersion(
  row: Row<"framework_versions">,
  roleKey: string,
  findings: Finding[],
  names: ReadonlyMap<string, string>,
): VersionResponse {
  const content = parseContent(row.content);
  return {
    ...presentVersionSummary(row, names),
    roleKey,
    missingData: content.missingData,
    sections: content.sections,
    assignments: content.assignments,
    findings,
  };
}
