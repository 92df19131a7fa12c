import type { Executor } from "../../db/executor.js";
import { notFound } from "../../http/http-errors.js";
import { type EmployeeScope, scopeFilter } from "../access/access.service.js";
import { listPeople } from "../people/people.repository.js";
import type { ScorecardResult } from "../scores/scorecard-result.js";
import { findCycleName, pageOfMeasurements, pageOfScores } from "./exports.repository.js";
import type { ExportColumn, ExportRows } from "./write-table.js";

export type ExportKind = "people" | "measurements" | "scorecards";

export interface ExportTable {
  /** A file name without extension, e.g. "measurements-q1-2026". */
  name: string;
  columns: ExportColumn[];
  rows: ExportRows;
}

const PAGE = 5000;

/** Reads a table page by page so an export of a large cycle never sits in memory whole. */
async function* paged<T>(read: (page: { offset: number; limit: number }) => Promise<T[]>): AsyncGenerator<T> {
  for (let offset = 0; ; offset += PAGE) {
    const rows = await read({ offset, limit: PAGE });
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "cycle"
  );
}

async function cycleOrThrow(db: Executor, organizationId: string, cycleId: string) {
  const cycle = await findCycleName(db, organizationId, cycleId);
  if (!cycle) throw notFound("Cycle");
  return cycle;
}

/**
 * A people, measurement or scorecard table for export, limited to the people in `scope` (what
 * the caller may see). Rows are read lazily; writeTable neutralises formulas as it writes.
 */
export async function exportTable(
  db: Executor,
  organizationId: string,
  scope: EmployeeScope,
  kind: ExportKind,
  cycleId: string | undefined,
): Promise<ExportTable> {
  const ids = scopeFilter(scope);
  if (kind === "people") {
    const people = await listPeople(db, organizationId, { ids, includeInactive: true });
    return {
      name: "people",
      columns: [
        { key: "employeeNumber", header: "Employee number" },
        { key: "name", header: "Name" },
        { key: "email", header: "Email" },
        { key: "role", header: "Role" },
        { key: "orgUnit", header: "Org unit" },
        { key: "manager", header: "Manager" },
        { key: "startDate", header: "Start date" },
        { key: "endDate", header: "End date" },
        { key: "active", header: "Active" },
      ],
      rows: people.map((p) => ({
        employeeNumber: p.employee_number,
        name: p.name,
        email: p.email,
        role: p.role_title,
        orgUnit: p.org_unit_name,
        manager: p.manager_name,
        startDate: p.start_date,
        endDate: p.end_date,
        active: p.deactivated_at === null ? "yes" : "no",
      })),
    };
  }
  if (!cycleId) throw notFound("Cycle");
  const cycle = await cycleOrThrow(db, organizationId, cycleId);
  if (kind === "measurements") {
    const rows = paged((page) => pageOfMeasurements(db, organizationId, cycleId, ids, page));
    return {
      name: `measurements-${slug(cycle.name)}`,
      columns: [
        { key: "employeeNumber", header: "Employee number" },
        { key: "employee", header: "Employee" },
        { key: "kpi", header: "KPI" },
        { key: "period", header: "Period" },
        { key: "date", header: "Date" },
        { key: "value", header: "Value" },
        { key: "source", header: "Source" },
        { key: "comment", header: "Comment" },
        { key: "recordedAt", header: "Recorded at" },
      ],
      rows: (async function* () {
        for await (const m of rows) {
          yield {
            employeeNumber: m.employee_number,
            employee: m.employee_name,
            kpi: m.kpi_key,
            period: m.period,
            date: m.measured_on,
            value: Number(m.value),
            source: m.source,
            comment: m.comment,
            recordedAt: m.recorded_at,
          };
        }
      })(),
    };
  }
  const scores = paged((page) => pageOfScores(db, organizationId, cycleId, ids, page));
  return {
    name: `scorecards-${slug(cycle.name)}`,
    columns: [
      { key: "employeeNumber", header: "Employee number" },
      { key: "employee", header: "Employee" },
      { key: "kpi", header: "KPI" },
      { key: "kpiName", header: "KPI name" },
      { key: "weight", header: "Weight" },
      { key: "value", header: "Value" },
      { key: "score", header: "Score" },
      { key: "overall", header: "Overall score" },
      { key: "rating", header: "Rating" },
    ],
    rows: (async function* () {
      for await (const s of scores) {
        const result = JSON.parse(s.result) as ScorecardResult;
        for (const k of result.kpis) {
          yield {
            employeeNumber: s.employee_number,
            employee: s.employee_name,
            kpi: k.kpi,
            kpiName: k.name,
            weight: k.weight,
            value: k.value,
            score: k.score,
            overall: result.overall,
            rating: result.rating?.label ?? null,
          };
        }
      }
    })(),
  };
}
