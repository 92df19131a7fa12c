import { randomUUID } from "node:crypto";
import type SqliteDatabase from "better-sqlite3";
import type { DatabaseHandle } from "../packages/server/src/db/connect.js";
import { nowIso } from "../packages/server/src/db/executor.js";
import { AuthService } from "../packages/server/src/features/auth/auth.service.js";
import { findCycle, updateCycleIfStatus } from "../packages/server/src/features/cycles/cycles.repository.js";
import { createCycle } from "../packages/server/src/features/cycles/cycles.service.js";
import { actingAdmin, adoptLibraryFamilies } from "../packages/server/src/features/demo/demo-frameworks.js";
import { createScorecard } from "../packages/server/src/features/scorecards/scorecard-lifecycle.service.js";
import {
  type GeneratedCycle,
  type GeneratedPerson,
  generateMeasurements,
  generateOrganization,
  quarterCycles,
  roleProfiles,
} from "./data-generator.js";

/** The two starter roles with seven KPIs each: the benchmark's "× 7 KPIs". */
export const SEVEN_KPI_ROLES = ["sales.account-executive", "ops.operations-manager"];
const FAMILIES = ["sales", "ops"];

export interface SeededCycle {
  organizationId: string;
  userId: string;
  cycleId: string;
  cycle: GeneratedCycle;
  people: GeneratedPerson[];
  /** employee number → employee id / scorecard id */
  employeeIds: Map<string, string>;
  scorecardIds: Map<string, string>;
  measurementCount: number;
  /** A manager (employee id) with a team, for the team overview. */
  managerEmployeeId: string;
}

/**
 * An organization with `employees` people on the two 7-KPI starter roles, one open quarterly
 * cycle with a scorecard each (snapshots made by the real scorecard service) and generated
 * monthly values. Framework setup goes through the real services; the bulk rows (people,
 * scorecards, values) are written with prepared statements, because seeding is not what is measured.
 */
export async function seedCycle(
  handle: DatabaseHandle,
  raw: SqliteDatabase.Database,
  options: { employees: number; seed: number; values?: boolean; log?: (text: string) => void },
): Promise<SeededCycle> {
  const log = options.log ?? (() => {});
  const { db } = handle;
  const auth = new AuthService(db, 3_600_000);
  const session = await auth.setup({
    organization: "Bench Corp",
    name: "Bench Admin",
    email: "bench@yardstick.local",
    password: "bench-password-not-secret",
  });
  const organizationId = session.me.organization.id;
  const userId = session.me.id;
  const admin = actingAdmin(organizationId, userId);
  const cycle = quarterCycles(nowIso().slice(0, 10), 1)[0] as GeneratedCycle;
  const roleIds = await adoptLibraryFamilies(db, admin, FAMILIES, cycle.startDate, SEVEN_KPI_ROLES);
  const created = await createCycle(db, admin, {
    name: cycle.name,
    cadence: "quarterly",
    startDate: cycle.startDate,
  });

  log(`  people: generating ${options.employees.toLocaleString("en")}`);
  const people = generateOrganization({
    seed: options.seed,
    employees: options.employees,
    families: FAMILIES,
    roles: SEVEN_KPI_ROLES,
    span: 8,
  });
  const unitIds = new Map(
    (
      raw.prepare("SELECT key, id FROM org_units WHERE organization_id = ?").all(organizationId) as {
        key: string;
        id: string;
      }[]
    ).map((r) => [r.key, r.id]),
  );
  const employeeIds = new Map(people.map((p) => [p.employeeNumber, randomUUID()]));
  const now = nowIso();
  const insertEmployee = raw.prepare(
    `INSERT INTO employees (id, organization_id, employee_number, name, email, role_id, org_unit_id, manager_id,
       user_id, start_date, end_date, deactivated_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, NULL, ?, ?)`,
  );
  raw.transaction(() => {
    for (const p of people) {
      insertEmployee.run(
        employeeIds.get(p.employeeNumber),
        organizationId,
        p.employeeNumber,
        p.name,
        p.email,
        roleIds.get(p.roleKey),
        p.unitKey ? (unitIds.get(p.unitKey) ?? null) : null,
        p.managerNumber ? employeeIds.get(p.managerNumber) : null,
        "2020-01-01",
        now,
        now,
      );
    }
  })();

  // One scorecard per role through the real service; the rest copy its snapshot.
  const cycleRow = await findCycle(db, organizationId, created.id);
  if (!cycleRow) throw new Error("cycle vanished");
  const snapshots = new Map<string, { snapshot: string; snapshotId: string; versionId: string }>();
  const scorecardIds = new Map<string, string>();
  for (const roleKey of SEVEN_KPI_ROLES) {
    const first = people.find((p) => p.roleKey === roleKey);
    if (!first) continue;
    const employee = {
      id: employeeIds.get(first.employeeNumber) as string,
      organization_id: organizationId,
      role_id: roleIds.get(roleKey) as string,
    };
    const result = await createScorecard(db, cycleRow, employee, cycle.startDate);
    if (!result.created) throw new Error(`no scorecard for ${roleKey}: ${result.reason}`);
    scorecardIds.set(first.employeeNumber, result.scorecardId);
    const row = raw
      .prepare("SELECT snapshot, snapshot_id, framework_version_id FROM scorecards WHERE id = ?")
      .get(result.scorecardId) as { snapshot: string; snapshot_id: string; framework_version_id: string };
    snapshots.set(roleKey, {
      snapshot: row.snapshot,
      snapshotId: row.snapshot_id,
      versionId: row.framework_version_id,
    });
  }
  log("  scorecards: inserting");
  const insertScorecard = raw.prepare(
    `INSERT INTO scorecards (id, organization_id, cycle_id, employee_id, role_id, framework_version_id, snapshot,
       snapshot_id, valid_from, valid_to, status, status_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL, ?, ?)`,
  );
  raw.transaction(() => {
    for (const p of people) {
      if (scorecardIds.has(p.employeeNumber)) continue;
      const id = randomUUID();
      const snap = snapshots.get(p.roleKey);
      if (!snap) continue;
      scorecardIds.set(p.employeeNumber, id);
      insertScorecard.run(
        id,
        organizationId,
        created.id,
        employeeIds.get(p.employeeNumber),
        roleIds.get(p.roleKey),
        snap.versionId,
        snap.snapshot,
        snap.snapshotId,
        cycle.startDate,
        cycle.endDate,
        now,
        now,
      );
    }
  })();
  await updateCycleIfStatus(db, organizationId, created.id, "draft", {
    status: "open",
    opened_at: now,
    updated_at: now,
  });

  const manager = people.find((p) => p.managerNumber && people.some((q) => q.managerNumber === p.employeeNumber));
  const seeded = {
    organizationId,
    userId,
    cycleId: created.id,
    cycle,
    people,
    employeeIds,
    scorecardIds,
    measurementCount: 0,
    managerEmployeeId: employeeIds.get(manager?.employeeNumber ?? "") ?? "",
  };
  if (options.values === false) return seeded;
  log("  measurements: generating and inserting");
  const insertMeasurement = raw.prepare(
    `INSERT INTO measurements (id, organization_id, scorecard_id, cycle_id, employee_id, kpi_key, period, measured_on,
       value, source, author_id, comment, recorded_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, 'import', ?, NULL, ?, ?)`,
  );
  let measurementCount = 0;
  raw.transaction(() => {
    for (const v of generateMeasurements({
      seed: options.seed + 1,
      people,
      profiles: roleProfiles(FAMILIES),
      cycle,
      correctionRate: 0,
    })) {
      insertMeasurement.run(
        randomUUID(),
        organizationId,
        scorecardIds.get(v.employeeNumber),
        created.id,
        employeeIds.get(v.employeeNumber),
        v.kpi,
        v.period,
        v.value,
        userId,
        now,
        now,
      );
      measurementCount += 1;
    }
  })();
  return { ...seeded, measurementCount };
}
