import type { Kpi, Objective, OrgUnit, Role } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";
import { listKpisForDocument } from "../kpis/kpis.repository.js";
import { listObjectivesForDocument } from "../objectives/objectives.repository.js";
import { listOrgUnitsForDocument } from "../org-units/org-units.repository.js";
import { listRolesForDocument } from "../roles/roles.repository.js";

/**
 * The design records of one organization in the framework document's shape. Each kind is read
 * by its own feature's repository, so the stored shape has one owner.
 */
export interface DocumentRecords {
  objectives: Objective[];
  orgUnits: OrgUnit[];
  roles: Role[];
  kpis: Kpi[];
}

export async function readDocumentRecords(db: Executor, organizationId: string): Promise<DocumentRecords> {
  // Sequential: inside a PostgreSQL transaction every query shares one connection anyway.
  const objectives = await listObjectivesForDocument(db, organizationId);
  const orgUnits = await listOrgUnitsForDocument(db, organizationId);
  const roles = await listRolesForDocument(db, organizationId);
  const kpis = await listKpisForDocument(db, organizationId);
  return { objectives, orgUnits, roles, kpis };
}
