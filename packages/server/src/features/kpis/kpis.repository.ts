import type { Kpi } from "@yardstick/core";
import type { NewRow, Row } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { containsText } from "../shared-tree/text-search.sql.js";
import { type KpiDetails, toKpiDocument } from "./kpis.presenter.js";
import type { ListKpisQuery } from "./kpis.schemas.js";

/** The KPI's fields as stored: searchable ones in columns, the rest in `details` JSON. */
export function kpiColumns(kpi: Kpi) {
  const details: KpiDetails = {
    balance: kpi.balance,
    formula: kpi.formula,
    dataSource: kpi.dataSource,
    ratingScale: kpi.ratingScale,
    suggested: kpi.suggested,
  };
  return {
    name: kpi.name,
    description: kpi.description ?? null,
    unit: kpi.unit ?? null,
    direction: kpi.direction ?? null,
    aggregation: kpi.aggregation ?? null,
    frequency: kpi.frequency ?? null,
    kind: kpi.categories.kind,
    timing: kpi.categories.timing,
    focus: kpi.categories.focus,
    reporter: kpi.reporter,
    family: kpi.family ?? null,
    // JSON.stringify drops the undefined fields, so details hold only what is set.
    details: JSON.stringify(details),
  };
}

export async function listKpis(db: Executor, organizationId: string, filter: ListKpisQuery): Promise<Row<"kpis">[]> {
  let query = db.selectFrom("kpis").selectAll().where("organization_id", "=", organizationId);
  if (!filter.includeArchived) query = query.where("archived_at", "is", null);
  if (filter.search) query = query.where(containsText(["key", "name", "description"], filter.search));
  if (filter.family) query = query.where("family", "=", filter.family);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.timing) query = query.where("timing", "=", filter.timing);
  if (filter.focus) query = query.where("focus", "=", filter.focus);
  return query.orderBy("name").orderBy("key").execute();
}

export async function findKpi(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom("kpis")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Inserts unless the key is taken; false means a duplicate key. */
export async function insertKpi(db: Executor, row: NewRow<"kpis">): Promise<boolean> {
  const result = await db
    .insertInto("kpis")
    .values(row)
    .onConflict((oc) => oc.columns(["organization_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateKpi(
  db: Executor,
  organizationId: string,
  id: string,
  changes: ReturnType<typeof kpiColumns> & { updated_at: string },
): Promise<void> {
  await db
    .updateTable("kpis")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

export async function setKpiArchivedAt(
  db: Executor,
  organizationId: string,
  id: string,
  archivedAt: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable("kpis")
    .set({ archived_at: archivedAt, updated_at: now })
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

export async function deleteKpi(db: Executor, organizationId: string, id: string): Promise<void> {
  await db.deleteFrom("kpis").where("organization_id", "=", organizationId).where("id", "=", id).execute();
}

/**
 * Every KPI definition of the organization in the framework document's shape, by key.
 * Archived ones are included (marked `archived: true`) because framework versions may still use them.
 */
export async function listKpisForDocument(db: Executor, organizationId: string): Promise<Kpi[]> {
  const rows = await db
    .selectFrom("kpis")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("key")
    .execute();
  return rows.map(toKpiDocument);
}
