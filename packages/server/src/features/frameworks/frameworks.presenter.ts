import type { Finding } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import { parseContent } from "./framework-content.js";
import type { VersionResponse } from "./frameworks.schemas.js";

export function presentVersionSummary(row: Row<"framework_versions">) {
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
  };
}

export function presentVersion(row: Row<"framework_versions">, roleKey: string, findings: Finding[]): VersionResponse {
  const content = parseContent(row.content);
  return {
    ...presentVersionSummary(row),
    roleKey,
    missingData: content.missingData,
    sections: content.sections,
    assignments: content.assignments,
    findings,
  };
}
