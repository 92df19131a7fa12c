import type { OrganizationRow } from "./organization.repository.js";
import type { OrganizationResponse } from "./organization.schemas.js";

export function presentOrganization(row: OrganizationRow): OrganizationResponse {
  return { id: row.id, name: row.name, createdAt: row.createdAt, memberCount: Number(row.memberCount ?? 0) };
}
