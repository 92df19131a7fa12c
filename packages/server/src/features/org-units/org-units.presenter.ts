import type { OrgUnit } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import type { OrgUnitResponse } from "./org-units.schemas.js";

export function presentOrgUnit(row: Row<"org_units">): OrgUnitResponse {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    parentId: row.parent_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The model's shape: the parent by key. */
export function toOrgUnitDocument(row: Row<"org_units"> & { parent_key: string | null }): OrgUnit {
  const unit: OrgUnit = { key: row.key, name: row.name };
  if (row.parent_key !== null) unit.parent = row.parent_key;
  return unit;
}
