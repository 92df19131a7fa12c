import type { Kpi, Objective, OrgUnit, Role } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";

/**
 * SQL the document import needs beyond framework versions: key → id lookups and the writes of
 * objectives, org units, roles and KPIs in their stored shape (JSON columns as text).
 * Every statement is filtered by organization.
 */

export type DesignTable = "objectives" | "org_units" | "roles" | "kpis";

/** key → id of every record of one kind in the organization. */
export async function listKeyIds(
  db: Executor,
  organizationId: string,
  table: DesignTable,
): Promise<Map<string, string>> {
  const rows = await db.selectFrom(table).select(["id", "key"]).where("organization_id", "=", organizationId).execute();
  return new Map(rows.map((row) => [row.key, row.id]));
}

export async function findOrganizationName(db: Executor, organizationId: string): Promise<string | undefined> {
  const row = await db.selectFrom("organizations").select("name").where("id", "=", organizationId).executeTakeFirst();
  return row?.name;
}

/** Organizations by id or exact name (for the command line's --organization option). */
export async function findOrganizations(db: Executor, idOrName?: string) {
  let query = db.selectFrom("organizations").select(["id", "name"]).orderBy("created_at");
  if (idOrName !== undefined) query = query.where((eb) => eb.or([eb("id", "=", idOrName), eb("name", "=", idOrName)]));
  return query.execute();
}

type Stamp = { id: string; organizationId: string; now: string };

export async function insertObjective(db: Executor, s: Stamp, o: Objective): Promise<void> {
  await db
    .insertInto("objectives")
    .values({
      id: s.id,
      organization_id: s.organizationId,
      key: o.key,
      ...objectiveColumns(o, s.now),
      parent_id: null,
      created_at: s.now,
      updated_at: s.now,
    })
    .execute();
}

export async function updateObjective(db: Executor, s: Stamp, o: Objective, archivedAt: string | null): Promise<void> {
  await db
    .updateTable("objectives")
    .set({ ...objectiveColumns(o, s.now), archived_at: o.archived ? (archivedAt ?? s.now) : null, updated_at: s.now })
    .where("organization_id", "=", s.organizationId)
    .where("id", "=", s.id)
    .execute();
}

function objectiveColumns(o: Objective, now: string) {
  return {
    title: o.title,
    description: o.description ?? null,
    perspective: o.perspective ?? null,
    owner: o.owner ?? null,
    archived_at: o.archived ? now : null,
  };
}

/** When a record was archived (kept as it was when an update leaves it archived). */
export async function findArchivedAt(db: Executor, table: "objectives" | "kpis", organizationId: string, id: string) {
  const row = await db
    .selectFrom(table)
    .select("archived_at")
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.archived_at ?? null;
}

export async function setParent(
  db: Executor,
  table: "objectives" | "org_units",
  organizationId: string,
  id: string,
  parentId: string | null,
): Promise<void> {
  await db
    .updateTable(table)
    .set({ parent_id: parentId })
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

export async function insertOrgUnit(db: Executor, s: Stamp, u: OrgUnit): Promise<void> {
  await db
    .insertInto("org_units")
    .values({
      id: s.id,
      organization_id: s.organizationId,
      key: u.key,
      name: u.name,
      parent_id: null,
      created_at: s.now,
      updated_at: s.now,
    })
    .execute();
}

export async function updateOrgUnit(db: Executor, s: Stamp, u: OrgUnit): Promise<void> {
  await db
    .updateTable("org_units")
    .set({ name: u.name, updated_at: s.now })
    .where("organization_id", "=", s.organizationId)
    .where("id", "=", s.id)
    .execute();
}

function roleColumns(r: Role, orgUnitId: string | null) {
  return {
    title: r.title,
    family: r.family ?? null,
    org_unit_id: orgUnitId,
    description: r.description ?? null,
    responsibilities: JSON.stringify(r.responsibilities),
    expected_outcomes: JSON.stringify(r.expectedOutcomes),
  };
}

export async function insertRole(db: Executor, s: Stamp, r: Role, orgUnitId: string | null): Promise<void> {
  await db
    .insertInto("roles")
    .values({
      id: s.id,
      organization_id: s.organizationId,
      key: r.key,
      ...roleColumns(r, orgUnitId),
      created_at: s.now,
      updated_at: s.now,
    })
    .execute();
}

export async function updateRole(db: Executor, s: Stamp, r: Role, orgUnitId: string | null): Promise<void> {
  await db
    .updateTable("roles")
    .set({ ...roleColumns(r, orgUnitId), updated_at: s.now })
    .where("organization_id", "=", s.organizationId)
    .where("id", "=", s.id)
    .execute();
}

function kpiColumns(k: Kpi) {
  const details = {
    balance: k.balance,
    formula: k.formula,
    dataSource: k.dataSource,
    ratingScale: k.ratingScale,
    suggested: k.suggested,
  };
  return {
    name: k.name,
    description: k.description ?? null,
    unit: k.unit ?? null,
    direction: k.direction ?? null,
    aggregation: k.aggregation ?? null,
    frequency: k.frequency ?? null,
    kind: k.categories.kind,
    timing: k.categories.timing,
    focus: k.categories.focus,
    reporter: k.reporter,
    family: k.family ?? null,
    // JSON.stringify drops the undefined fields, so only what is set is stored.
    details: JSON.stringify(details),
  };
}

export async function insertKpi(db: Executor, s: Stamp, k: Kpi): Promise<void> {
  await db
    .insertInto("kpis")
    .values({
      id: s.id,
      organization_id: s.organizationId,
      key: k.key,
      ...kpiColumns(k),
      archived_at: k.archived ? s.now : null,
      created_at: s.now,
      updated_at: s.now,
    })
    .execute();
}

export async function updateKpi(db: Executor, s: Stamp, k: Kpi, archivedAt: string | null): Promise<void> {
  await db
    .updateTable("kpis")
    .set({ ...kpiColumns(k), archived_at: k.archived ? (archivedAt ?? s.now) : null, updated_at: s.now })
    .where("organization_id", "=", s.organizationId)
    .where("id", "=", s.id)
    .execute();
}
