import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ScorecardPage } from "../pages/scorecard.page.js";
import { ApiClient } from "../support/api-client.js";
import {
  adminApi,
  closeCycle,
  importLibrary,
  listScorecards,
  openCycle,
  seedCycle,
  seedPerson,
  seedRoleFromLibrary,
} from "../support/api-seed.js";
import { EMPLOYEE_STATE } from "../support/auth-state.js";
import { expectNoSeriousA11yViolations } from "../support/axe.js";
import { uniqueSuffix } from "../support/unique.js";

// The invited employee of the setup project looks at a colleague's scorecard. They get a scorecard
// of their own in the same cycle, so a refusal cannot come from having no employee record at all.
test.use({ storageState: EMPLOYEE_STATE });

const sfx = uniqueSuffix();
const ownerName = `Olivia Owner ${sfx}`;
const KPI = "Certification modules completed";

let cycleId = "";
let ownerScorecardId = "";
let ownScorecardId = "";

test.beforeAll(async ({ baseURL }) => {
  const admin = await adminApi(baseURL!);
  const employee = await ApiClient.fromStorageState(baseURL!, EMPLOYEE_STATE);
  const me = await employee.get<{ id: string }>("/api/v1/me");
  await employee.dispose();

  await importLibrary(admin, { families: ["support"] });
  const role = await seedRoleFromLibrary(admin, {
    libraryRoleKey: "support.support-agent",
    title: `Support Agent ${sfx}`,
  });
  const owner = await seedPerson(admin, { name: ownerName, roleId: role.id });
  const self = await seedPerson(admin, { name: `Eli Employee ${sfx}`, roleId: role.id, userId: me.id });
  const cycle = await seedCycle(admin, { name: `Access check ${sfx}` });
  cycleId = cycle.id;
  await openCycle(admin, cycleId);
  const cards = await listScorecards(admin, { cycleId });
  ownerScorecardId = cards.find((c) => c.employeeId === owner.id)?.id ?? "";
  ownScorecardId = cards.find((c) => c.employeeId === self.id)?.id ?? "";
  await admin.dispose();
  if (!ownerScorecardId || !ownScorecardId) throw new Error("Opening the cycle gave the two people no scorecards");
});

// A closed cycle no longer counts as anyone's current one, so other specs' scorecards stay theirs.
test.afterAll(async ({ baseURL }) => {
  if (!cycleId) return;
  const admin = await adminApi(baseURL!);
  await closeCycle(admin, cycleId);
  await admin.dispose();
});

test("an employee opens their own scorecard but gets a clean not-found page for a colleague's", async ({ page }) => {
  const card = new ScorecardPage(page);
  await card.goto(ownScorecardId);
  await expect(card.heading("My scorecard")).toBeVisible();
  await expect(card.kpiCard(KPI)).toBeVisible();

  await card.goto(ownerScorecardId);
  await expect(card.notFoundHeading).toBeVisible();
  await expect(card.shell.main).not.toContainText(ownerName);
  await expect(card.kpiCard(KPI)).toHaveCount(0);
  const refusal = await card.shell.main.textContent();
  await expectNoSeriousA11yViolations(page);

  // A scorecard that does not exist reads exactly the same: the page does not reveal which ids exist.
  await card.goto(randomUUID());
  await expect(card.notFoundHeading).toBeVisible();
  expect(await card.shell.main.textContent()).toBe(refusal);

  await card.myScorecardLink.click();
  await expect(page).toHaveURL(/\/my-scorecard$/);
  await expect(card.heading("My scorecard")).toBeVisible();
});

test("the API answers a colleague's scorecard exactly like a missing one", async ({ baseURL }) => {
  const employee = await ApiClient.fromStorageState(baseURL!, EMPLOYEE_STATE);
  const admin = await adminApi(baseURL!);
  const missing = randomUUID();

  // Control: the scorecard exists and its owner's data is there for HR.
  const asAdmin = await admin.raw("GET", `/api/v1/scorecards/${ownerScorecardId}`);
  expect(asAdmin.status()).toBe(200);
  expect(await asAdmin.text()).toContain(ownerName);
  expect((await employee.raw("GET", `/api/v1/scorecards/${ownScorecardId}`)).status()).toBe(200);

  for (const path of ["", "/measurements", "/score", "/trend"]) {
    const colleague = await employee.raw("GET", `/api/v1/scorecards/${ownerScorecardId}${path}`);
    const absent = await employee.raw("GET", `/api/v1/scorecards/${missing}${path}`);
    expect(colleague.status(), `GET /api/v1/scorecards/:id${path}`).toBe(404);
    expect(absent.status()).toBe(404);
    expect(await colleague.json()).toEqual(await absent.json());
  }

  const write = await employee.raw("POST", `/api/v1/scorecards/${ownerScorecardId}/measurements`, {
    kpi: "support.certification-modules",
    period: "m1",
    value: 3,
  });
  expect(write.status()).toBe(404);

  const listed = await listScorecards(employee, { cycleId });
  expect(listed.map((s) => s.id)).toEqual([ownScorecardId]);
  await employee.dispose();
  await admin.dispose();
});
