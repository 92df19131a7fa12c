import type { Kpi } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import type { KpiResponse } from "./kpis.schemas.js";

/** What `kpis.details` holds: the KPI fields that have no column of their own. */
export type KpiDetails = Pick<Kpi, "balance" | "formula" | "dataSource" | "ratingScale" | "suggested">;

function readDetails(row: Row<"kpis">): KpiDetails {
  try {
    return JSON.parse(row.details) as KpiDetails;
  } catch {
    return {};
  }
}

/**
 * The stored KPI in the model's shape (absent fields left out). Columns only ever receive
 * values validated by the model's enums, hence the casts.
 */
export function toKpiDocument(row: Row<"kpis">): Kpi {
  const details = readDetails(row);
  const kpi: Kpi = {
    key: row.key,
    name: row.name,
    categories: {
      kind: row.kind as Kpi["categories"]["kind"],
      timing: row.timing as Kpi["categories"]["timing"],
      focus: row.focus as Kpi["categories"]["focus"],
    },
    reporter: row.reporter as Kpi["reporter"],
  };
  if (row.description !== null) kpi.description = row.description;
  if (row.unit !== null) kpi.unit = row.unit;
  if (row.direction !== null) kpi.direction = row.direction as Kpi["direction"];
  if (row.aggregation !== null) kpi.aggregation = row.aggregation as Kpi["aggregation"];
  if (row.frequency !== null) kpi.frequency = row.frequency as Kpi["frequency"];
  if (row.family !== null) kpi.family = row.family;
  if (details.balance !== undefined) kpi.balance = details.balance;
  if (details.formula !== undefined) kpi.formula = details.formula;
  if (details.dataSource !== undefined) kpi.dataSource = details.dataSource;
  if (details.ratingScale !== undefined) kpi.ratingScale = details.ratingScale;
  if (details.suggested !== undefined) kpi.suggested = details.suggested;
  if (row.archived_at !== null) kpi.archived = true;
  return kpi;
}

export function presentKpi(row: Row<"kpis">): KpiResponse {
  const kpi = toKpiDocument(row);
  return {
    id: row.id,
    key: kpi.key,
    name: kpi.name,
    description: kpi.description ?? null,
    unit: kpi.unit ?? null,
    direction: kpi.direction ?? null,
    aggregation: kpi.aggregation ?? null,
    frequency: kpi.frequency ?? null,
    categories: kpi.categories,
    reporter: kpi.reporter,
    balance: kpi.balance ?? null,
    family: kpi.family ?? null,
    formula: kpi.formula ?? null,
    dataSource: kpi.dataSource ?? null,
    ratingScale: kpi.ratingScale ?? null,
    suggested: kpi.suggested ?? null,
    archived: row.archived_at !== null,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
