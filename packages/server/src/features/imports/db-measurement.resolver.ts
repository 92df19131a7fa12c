import type { Executor } from "../../db/executor.js";
import { inBatches } from "../../db/in-batches.js";
import { parseSubPeriods } from "../cycles/cycles.presenter.js";
import type { KnownCard } from "../measurements/measurements.bulk.js";
import { SnapshotCatalog } from "../measurements/measurements-bulk.repository.js";
import { parseSnapshot } from "../scorecards/scorecard-snapshot.js";
import {
  findEmployeesByExactNumber,
  findEmployeesByNumberOrEmail,
  listCycleRows,
  listKpiLabels,
  listScorecardsOf,
} from "./imports.repository.js";
import type { MeasurementResolver, ResolverScorecard } from "./validation/measurement-resolver.js";

/** Measurement validation's questions answered from the database, for one organization, in batches. */
export function databaseMeasurementResolver(
  db: Executor,
  organizationId: string,
): MeasurementResolver & { knownCard(scorecardId: string): KnownCard | undefined } {
  // Many scorecards share one snapshot text: read its KPI keys once.
  const kpiKeysOf = new Map<string, readonly string[]>();
  const catalog = new SnapshotCatalog();
  // The writer checks the same scorecards against their snapshots: it reuses these (shared strings).
  const known = new Map<string, KnownCard>();
  return {
    knownCard: (scorecardId) => known.get(scorecardId),
    listKpis: () => listKpiLabels(db, organizationId),
    listCycles: async () =>
      (await listCycleRows(db, organizationId)).map((c) => ({
        id: c.id,
        name: c.name,
        status: c.status,
        start: c.start_date,
        end: c.end_date,
        subPeriods: parseSubPeriods(c.sub_periods),
      })),
    findEmployees: async ({ employeeNumbers, emails }) => {
      const found = [];
      for (const numbers of inBatches(employeeNumbers)) {
        // Numbers as written in the file nearly always match exactly; only the rest pay for the
        // case-insensitive match.
        const exact = await findEmployeesByExactNumber(db, organizationId, numbers);
        found.push(...exact);
        const matched = new Set(exact.map((e) => e.employee_number.toLowerCase()));
        const rest = numbers.filter((n) => !matched.has(n.toLowerCase()));
        if (rest.length > 0) found.push(...(await findEmployeesByNumberOrEmail(db, organizationId, rest, [])));
      }
      for (const mails of inBatches(emails)) {
        found.push(...(await findEmployeesByNumberOrEmail(db, organizationId, [], mails)));
      }
      return found.map((e) => ({ id: e.id, employeeNumber: e.employee_number, email: e.email, name: e.name }));
    },
    findScorecards: async ({ employeeIds, cycleIds }) => {
      const cards: ResolverScorecard[] = [];
      for (const ids of inBatches(employeeIds)) {
        for (const row of await listScorecardsOf(db, organizationId, ids, cycleIds, catalog)) {
          known.set(row.id, { cycleId: row.cycle_id, snapshot: row.snapshot });
          let kpiKeys = kpiKeysOf.get(row.snapshot);
          if (!kpiKeys) {
            kpiKeys = parseSnapshot(row.snapshot).framework.assignments.map((a) => a.kpi);
            kpiKeysOf.set(row.snapshot, kpiKeys);
          }
          cards.push({
            id: row.id,
            employeeId: row.employee_id,
            cycleId: row.cycle_id,
            validFrom: row.valid_from,
            validTo: row.valid_to,
            kpiKeys,
          });
        }
      }
      return cards;
    },
  };
}
