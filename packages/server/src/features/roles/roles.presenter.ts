import type { Responsibility, Role } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import type { RoleResponse, VersionSummary } from "./roles.schemas.js";

/** JSON columns are written by this feature only, from validated input. */
function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export const readResponsibilities = (row: Pick<Row<"roles">, "responsibilities">): Responsibility[] =>
  parseJson<Responsibility[]>(row.responsibilities, []);
const readOutcomes = (row: Row<"roles">): string[] => parseJson<string[]>(row.expected_outcomes, []);

export function presentRole(row: Row<"roles">): RoleResponse {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    family: row.family,
    orgUnitId: row.org_unit_id,
    description: row.description,
    responsibilities: readResponsibilities(row),
    expectedOutcomes: readOutcomes(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentVersionSummary(
  row: Pick<Row<"framework_versions">, "id" | "version" | "status" | "effective_date" | "published_at">,
): VersionSummary {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    effectiveDate: row.effective_date,
    publishedAt: row.published_at,
  };
}

/** The model's shape: the org unit by key, absent fields left out. */
export function toRoleDocument(row: Row<"roles"> & { org_unit_key: string | null }): Role {
  const role: Role = {
    key: row.key,
    title: row.title,
    responsibilities: readResponsibilities(row),
    expectedOutcomes: readOutcomes(row),
  };
  if (row.family !== null) role.family = row.family;
  if (row.org_unit_key !== null) role.orgUnit = row.org_unit_key;
  if (row.description !== null) role.description = row.description;
  return role;
}
