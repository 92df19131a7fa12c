import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import {
  DEMO_FAMILIES,
  type GeneratedPerson,
  generateMeasurements,
  generateOrganization,
  quarterCycles,
  roleProfiles,
} from "../../../../../bench/data-generator.js";
import type { Database, MembershipRole } from "../../db/database.js";
import { newId, nowIso } from "../../db/executor.js";
import { refreshPlannerStatistics } from "../../db/sqlite-statistics.js";
import { conflict } from "../../http/http-errors.js";
import { countUsers, insertMembership, insertOrganization, insertUser } from "../auth/account.repository.js";
import { hashPassword } from "../auth/password.js";
import { closeCycle, createCycle, openCycle } from "../cycles/cycles.service.js";
import { type MeasurementInput, recordMeasurements } from "../measurements/measurements.service.js";
import { createPerson } from "../people/people.service.js";
import { recomputeCycle } from "../scores/scorecard-recompute.service.js";
import { emailTaken, listCycleScorecardIdsByEmployee, listOrgUnitIdsByKey } from "./demo.repository.js";
import { actingAdmin, adoptLibraryFamilies } from "./demo-frameworks.js";

/** The documented password of `yardstick demo --password` (never used unless asked for). */
export const DEMO_FIXED_PASSWORD = "yardstick-demo-password";
export const DEMO_ORGANIZATION_NAME = "Northwind Demo";

export interface DemoOptions {
  /** Use DEMO_FIXED_PASSWORD instead of a random one. */
  fixedPassword?: boolean;
  /** Create the demo even though the instance already has users (a second organization). */
  forceNewOrganization?: boolean;
  /** Data generator seed (default 2026): same seed, same people and values. */
  seed?: number;
  /** "Today" for the quarters (default the real date). */
  today?: string;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface DemoLogin {
  role: MembershipRole;
  email: string;
  password: string;
  name: string;
}

export interface DemoResult {
  organizationId: string;
  organizationName: string;
  adminUserId: string;
  logins: DemoLogin[];
  people: number;
  cycles: { id: string; name: string; status: "open" | "closed"; scorecards: number; values: number }[];
}

const ACCOUNTS: { role: MembershipRole; local: string; name: string }[] = [
  { role: "admin", local: "demo", name: "Dana Demo (admin)" },
  { role: "hr", local: "hr", name: "Harper Hale (HR)" },
  { role: "manager", local: "manager", name: "Morgan Reed (manager)" },
  { role: "employee", local: "employee", name: "Emery Lane (employee)" },
];

async function freeEmail(db: Kysely<Database>, local: string): Promise<string> {
  const plain = `${local}@yardstick.local`;
  if (!(await emailTaken(db, plain))) return plain;
  for (;;) {
    const candidate = `${local}-${randomBytes(3).toString("hex")}@yardstick.local`;
    if (!(await emailTaken(db, candidate))) return candidate;
  }
}

/** Creates the organization and the four demo accounts in one transaction. */
async function createAccounts(db: Kysely<Database>, options: DemoOptions, password: string) {
  const passwordHash = await hashPassword(password);
  const emails = await Promise.all(ACCOUNTS.map((a) => freeEmail(db, a.local)));
  return db.transaction().execute(async (trx) => {
    if (!options.forceNewOrganization && (await countUsers(trx)) > 0) {
      throw conflict(
        "This instance already has users, so the sample company was not created. Use a fresh data directory, or pass --force-new-organization to add it as a separate organization.",
      );
    }
    const now = nowIso();
    const organizationId = newId();
    await insertOrganization(trx, {
      id: organizationId,
      name: DEMO_ORGANIZATION_NAME,
      settings: "{}",
      created_at: now,
    });
    const accounts: (DemoLogin & { userId: string })[] = [];
    for (const [index, account] of ACCOUNTS.entries()) {
      const userId = newId();
      const email = emails[index] as string;
      await insertUser(trx, {
        id: userId,
        email,
        name: account.name,
        password_hash: passwordHash,
        created_at: now,
        disabled_at: null,
      });
      await insertMembership(trx, {
        id: newId(),
        organization_id: organizationId,
        user_id: userId,
        role: account.role,
        created_at: now,
      });
      accounts.push({ role: account.role, email, password, name: account.name, userId });
    }
    return { organizationId, accounts };
  });
}

/** Picks the people the manager, employee and HR accounts stand for. */
function linkedPeople(people: GeneratedPerson[]) {
  const sales = people.filter((p) => p.familyKey === "sales");
  const manager = sales.find(
    (p) => p.managerNumber !== null && sales.some((q) => q.managerNumber === p.employeeNumber),
  );
  const employee = sales.find((p) => p.managerNumber === manager?.employeeNumber);
  const hrHead = people.find((p) => p.familyKey === "hr" && p.managerNumber === null);
  return { manager, employee, hrHead };
}

/**
 * The sample company "Northwind Demo": about 60 people across Sales, HR, Marketing, Operations
 * and IT with the starter library's frameworks published, and four quarterly cycles (three
 * closed with history, the current one open with the months so far), all written through the
 * real services (each step in its own transaction). Refuses (409) when the instance already has
 * users, unless `forceNewOrganization`.
 */
export async function createDemoOrganization(db: Kysely<Database>, options: DemoOptions = {}): Promise<DemoResult> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 2026;
  const today = options.today ?? nowIso().slice(0, 10);
  const password = options.fixedPassword ? DEMO_FIXED_PASSWORD : randomBytes(12).toString("base64url");
  if (!options.forceNewOrganization && (await countUsers(db)) > 0) {
    throw conflict(
      "This instance already has users, so the sample company was not created. Use a fresh data directory, or pass --force-new-organization to add it as a separate organization.",
    );
  }

  log("Creating the organization and demo accounts…");
  const { organizationId, accounts } = await createAccounts(db, options, password);
  const adminUserId = accounts[0]?.userId as string;
  const admin = actingAdmin(organizationId, adminUserId);
  const cycles = quarterCycles(today, 4);
  const firstStart = cycles[0]?.startDate as string;

  log("Adopting the starter library (Sales, HR, Marketing, Operations, IT) and publishing the frameworks…");
  const roleIds = await adoptLibraryFamilies(db, admin, DEMO_FAMILIES, firstStart);
  const unitIds = await listOrgUnitIdsByKey(db, organizationId);

  const people = generateOrganization({ seed, employees: 60, span: 5, emailDomain: "northwind.example" });
  log(`Adding ${people.length} people…`);
  const links = linkedPeople(people);
  const userFor = new Map<string, string>();
  const accountOf = (role: MembershipRole) => accounts.find((a) => a.role === role)?.userId;
  if (links.manager) userFor.set(links.manager.employeeNumber, accountOf("manager") as string);
  if (links.employee) userFor.set(links.employee.employeeNumber, accountOf("employee") as string);
  if (links.hrHead) userFor.set(links.hrHead.employeeNumber, accountOf("hr") as string);
  const employeeIds = new Map<string, string>();
  for (const person of people) {
    const roleId = roleIds.get(person.roleKey);
    if (!roleId) throw new Error(`The starter library has no role ${person.roleKey}`);
    const unitId = person.unitKey ? unitIds.get(person.unitKey) : undefined;
    const managerId = person.managerNumber ? employeeIds.get(person.managerNumber) : undefined;
    const userId = userFor.get(person.employeeNumber);
    const created = await createPerson(db, admin, {
      employeeNumber: person.employeeNumber,
      name: person.name,
      email: person.email,
      roleId,
      startDate: firstStart,
      ...(unitId ? { orgUnitId: unitId } : {}),
      ...(managerId ? { managerId } : {}),
      ...(userId ? { userId } : {}),
    });
    employeeIds.set(person.employeeNumber, created.id);
  }

  const profiles = roleProfiles(DEMO_FAMILIES);
  const result: DemoResult["cycles"] = [];
  for (const [index, cycle] of cycles.entries()) {
    const current = index === cycles.length - 1;
    log(`Cycle ${cycle.name}: opening, recording values${current ? " so far" : ", closing"}…`);
    const created = await createCycle(db, admin, {
      name: cycle.name,
      cadence: "quarterly",
      startDate: cycle.startDate,
    });
    const opened = await openCycle(db, admin, created.id);
    const cards = await listCycleScorecardIdsByEmployee(db, organizationId, created.id);
    const values = [
      ...generateMeasurements({
        seed: seed + index + 1,
        people,
        profiles,
        cycle,
        drift: index * 0.04,
        ...(current ? { until: today } : {}),
      }),
    ];
    const slot = (v: (typeof values)[number]) => {
      const employeeId = employeeIds.get(v.employeeNumber);
      return employeeId ? cards.get(employeeId) : undefined;
    };
    const first: MeasurementInput[] = [];
    const corrections: MeasurementInput[] = [];
    for (const v of values) {
      const scorecardId = slot(v);
      if (!scorecardId) continue;
      first.push({ scorecardId, kpi: v.kpi, period: v.period, value: v.value });
      if (v.correction !== undefined) {
        corrections.push({
          scorecardId,
          kpi: v.kpi,
          period: v.period,
          value: v.correction,
          comment: "Corrected after the source report was re-run",
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await recordMeasurements(trx, admin, first, "import");
      if (corrections.length > 0) await recordMeasurements(trx, admin, corrections, "manual");
      // Scorecards without a value this cycle get their (empty) score too, so every list shows them.
      await recomputeCycle(trx, organizationId, created.id);
    });
    if (!current) await closeCycle(db, admin, created.id);
    result.push({
      id: created.id,
      name: cycle.name,
      status: current ? "open" : "closed",
      scorecards: opened.created,
      values: first.length,
    });
  }

  await refreshPlannerStatistics(db);
  return {
    organizationId,
    organizationName: DEMO_ORGANIZATION_NAME,
    adminUserId,
    logins: accounts.map(({ role, email, password: pw, name }) => ({ role, email, password: pw, name })),
    people: people.length,
    cycles: result,
  };
}
