import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import { CyclePage } from "../pages/cycle.page.js";
import { CyclesPage } from "../pages/cycles.page.js";
import { DataEntryPage } from "../pages/data-entry.page.js";
import { PeoplePage } from "../pages/people.page.js";
import { ScorecardPage } from "../pages/scorecard.page.js";
import { SignInPage } from "../pages/sign-in.page.js";
import { TeamOverviewPage } from "../pages/team-overview.page.js";
import type { ApiClient } from "../support/api-client.js";
import {
  adminApi,
  importLibrary,
  inviteAndAccept,
  listScorecards,
  quarterStartOf,
  seedRole,
  seedRoleFromLibrary,
} from "../support/api-seed.js";
import { type A11yReport, analyzeA11y, expectNoSeriousViolations } from "../support/axe.js";
import { saveScreenshot } from "../support/screenshot.js";
import { uniqueSuffix } from "../support/unique.js";

// The starter library's support agent framework: one KPI the employee reports, one the manager rates.
const EMPLOYEE_KPI = "Certification modules completed";
const MANAGER_KPI = "Conversation quality (QA review)";

const sfx = uniqueSuffix();
const agentRoleTitle = `Support Agent ${sfx}`;
const leadRoleTitle = `Support Team Lead ${sfx}`;

interface Actor {
  name: string;
  email: string;
  password: string;
  employeeNumber: string;
}

const actor = (first: string, last: string): Actor => ({
  name: `${first} ${last} ${sfx}`,
  email: `${first.toLowerCase()}.${sfx}@northwind.test`,
  password: `${first.toLowerCase()}-password-2026`,
  employeeNumber: `E-${first.toUpperCase()}-${sfx}`,
});

const HR = actor("Hana", "Holm");
const MANAGER = actor("Mira", "Lund");
const EMPLOYEE = actor("Emil", "Berg");
const PEER = actor("Pia", "Strand");

const account = (a: Actor) => `${a.name} <${a.email}>`;

const now = new Date();
const quarter = Math.floor(now.getMonth() / 3) + 1;
const cycleName = `Q${quarter} ${now.getFullYear()} review ${sfx}`;

/** A browser context at the suite's viewport, signed in through a stored session or not at all. */
async function newContext(browser: Browser, baseURL: string, api?: ApiClient): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    storageState: api ? await api.context.storageState() : { cookies: [], origins: [] },
  });
}

/** Opens `path` signed out and signs in on the sign-in page, which then returns to `path`. */
async function signInAt(page: Page, path: string, who: Actor): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await new SignInPage(page).signIn(who.email, who.password);
}

/** Accessibility reports of the pages this flow passes, judged by the last test. */
const reports: A11yReport[] = [];

/**
 * Reloads the page (toasts of earlier writes would otherwise sit over it), waits until `ready` is
 * visible, saves the screenshot and records the page's accessibility report.
 */
async function capture(page: Page, name: string, ready: Locator): Promise<void> {
  await page.reload();
  await expect(ready).toBeVisible();
  await saveScreenshot(page, name);
  reports.push(await analyzeA11y(page));
}

let hrApi: ApiClient;
let peerApi: ApiClient;
const clients: ApiClient[] = [];

// The second test judges the pages the first one passed through; it makes no sense on its own.
test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  const admin = await adminApi(baseURL!);
  await importLibrary(admin, { families: ["support"] });
  await seedRoleFromLibrary(admin, { libraryRoleKey: "support.support-agent", title: agentRoleTitle });
  // No framework for the lead's role: opening the cycle must name the manager as skipped.
  await seedRole(admin, { title: leadRoleTitle, family: "Support" });
  hrApi = await inviteAndAccept(admin, baseURL!, { ...HR, role: "hr" });
  clients.push(hrApi);
  clients.push(await inviteAndAccept(admin, baseURL!, { ...MANAGER, role: "manager" }));
  clients.push(await inviteAndAccept(admin, baseURL!, { ...EMPLOYEE, role: "employee" }));
  peerApi = await inviteAndAccept(admin, baseURL!, { ...PEER, role: "employee" });
  clients.push(peerApi);
  await admin.dispose();
});

test.afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
});

test("HR opens a cycle, the employee reports a value, the manager corrects it, a peer cannot see it", async ({
  browser,
  baseURL,
}) => {
  // About 50 s on a quiet machine; the margin is for the two cores the server and browser share.
  test.setTimeout(120_000);
  const hrContext = await newContext(browser, baseURL!, hrApi);
  const hr = await hrContext.newPage();
  let cycleId = "";
  let scorecardId = "";

  await test.step("HR adds the manager, the employee and a peer, each linked to their account", async () => {
    const people = new PeoplePage(hr);
    await people.goto();
    // Everyone started before the cycle, so their scorecards cover all of it.
    const startDate = quarterStartOf(now);
    await people.addPerson({ ...MANAGER, role: leadRoleTitle, startDate });
    const manager = `${MANAGER.name} (${leadRoleTitle})`;
    await people.addPerson({ ...EMPLOYEE, role: agentRoleTitle, manager, startDate });
    await people.addPerson({ ...PEER, role: agentRoleTitle, manager, startDate });
    for (const person of [MANAGER, EMPLOYEE, PEER]) {
      await people.linkAccount(person.name, account(person));
      await expect(people.row(person.name)).toContainText(`${person.email} · has an account`);
    }
    await expect(people.row(EMPLOYEE.name)).toContainText(agentRoleTitle);
    await expect(people.row(EMPLOYEE.name)).toContainText(MANAGER.name);
    await capture(hr, "people", people.row(PEER.name));
  });

  await test.step("HR creates a quarterly cycle containing today and opens it", async () => {
    const cycles = new CyclesPage(hr);
    await cycles.goto();
    await cycles.createCycle({ name: cycleName, startDate: quarterStartOf(now) }, async (dialog) => {
      // Three monthly sub-periods (plus the header row) are previewed before anything is stored.
      await expect(dialog.getByRole("table", { name: /^Sub-periods/ }).getByRole("row")).toHaveCount(4);
    });
    const cycle = new CyclePage(hr);
    await expect(cycle.heading(cycleName)).toBeVisible();
    cycleId = new URL(hr.url()).pathname.split("/").at(-1) ?? "";
    await expect(cycle.state("Draft")).toBeVisible();
    await expect(cycle.subPeriods.getByRole("listitem")).toHaveCount(3);

    await cycle.open(cycleName);
    const result = cycle.openResult();
    await expect(result).toContainText(/Cycle opened: \d+ scorecards? created/);
    await expect(result.getByRole("listitem").filter({ hasText: MANAGER.name })).toContainText(
      "role has no published framework",
    );
    await expect(cycle.state("Open")).toBeVisible();
    await expect(cycle.scorecardLink(EMPLOYEE.name)).toBeVisible();
    await expect(cycle.scorecardLink(PEER.name)).toBeVisible();
    await expect(cycle.scorecardLink(MANAGER.name)).toHaveCount(0);
    await capture(hr, "cycle", cycle.scorecardLink(PEER.name));

    const employeeCard = (await listScorecards(hrApi, { cycleId })).find((s) => s.employeeName === EMPLOYEE.name);
    expect(employeeCard?.status).toBe("active");
    scorecardId = employeeCard?.id ?? "";
  });

  await test.step("the employee reports a value and sees the score and its explanation without a reload", async () => {
    const context = await newContext(browser, baseURL!);
    const page = await context.newPage();
    await signInAt(page, "/my-scorecard", EMPLOYEE);
    const mine = new ScorecardPage(page);
    await expect(mine.heading("My scorecard")).toBeVisible();
    await expect(mine.shell.main).toContainText(`${EMPLOYEE.name} · ${agentRoleTitle} · ${cycleName}`);
    await expect(mine.shell.main).not.toContainText("Started during the cycle");
    await expect(mine.overall).toContainText("No data");
    // Only the KPI the employee reports offers a button; the manager's one does not.
    await expect(mine.reportButton(MANAGER_KPI)).toHaveCount(0);

    // A marker on the window survives everything except a reload.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await mine.reportValue(EMPLOYEE_KPI, { value: "2", comment: "Finished modules 1 and 2" });
    await expect(mine.overall).toContainText("100%");
    await expect(mine.overall).toContainText("Target met");
    await expect(mine.kpiCard(EMPLOYEE_KPI)).toContainText("2 modules");
    expect(await page.evaluate(() => "stillTheSamePage" in window)).toBe(true);

    const explanation = await mine.explain(EMPLOYEE_KPI);
    await expect(explanation).toContainText("2 ≥ target 2: met, 1 (100%)");
    await expect(explanation.getByRole("heading", { name: "How the overall score is put together" })).toBeVisible();
    await mine.closeExplanation(EMPLOYEE_KPI);

    await expect(mine.currentValueRow(EMPLOYEE_KPI)).toContainText(EMPLOYEE.name);
    await capture(page, "my-scorecard", mine.currentValueRow(EMPLOYEE_KPI));
    await context.close();
  });

  await test.step("the manager corrects the value from the team overview and sees the history", async () => {
    const context = await newContext(browser, baseURL!);
    const page = await context.newPage();
    await signInAt(page, "/team", MANAGER);
    const team = new TeamOverviewPage(page);
    await expect(team.heading).toBeVisible();
    await team.chooseCycle(cycleName);
    await expect(team.row(cycleName, EMPLOYEE.name)).toContainText("100%");
    await expect(team.row(cycleName, PEER.name)).toContainText("no data");
    await capture(page, "team-overview", team.row(cycleName, EMPLOYEE.name));

    await team.scorecardLink(cycleName, EMPLOYEE.name).click();
    const card = new ScorecardPage(page);
    await expect(card.heading(`Scorecard of ${EMPLOYEE.name}`)).toBeVisible();
    await card.reportValue(EMPLOYEE_KPI, {
      value: "1",
      comment: "Module 2 is not passed until the exam",
      correction: true,
    });
    await expect(card.overall).toContainText("0%");
    const current = card.currentValueRow(EMPLOYEE_KPI);
    await expect(current).toContainText("1 modules");
    await expect(current).toContainText("Corrected");
    await expect(current).toContainText(MANAGER.name);
    await expect(current).toContainText("Module 2 is not passed until the exam");
    const earlier = card.earlierValueRows();
    await expect(earlier).toHaveCount(1);
    await expect(earlier).toContainText("2 modules");
    await expect(earlier).toContainText(EMPLOYEE.name);
    await expect(earlier).toContainText("Finished modules 1 and 2");

    await test.step("and rates the manager's KPI in the data-entry grid", async () => {
      await page.goto(`/team?cycleId=${cycleId}`);
      await team.enterValuesLink.click();
      const entry = new DataEntryPage(page);
      await expect(entry.heading).toBeVisible();
      await expect(entry.cell(EMPLOYEE_KPI, EMPLOYEE.name)).toHaveValue("1");
      await entry.enter(MANAGER_KPI, EMPLOYEE.name, "4");
      // Certification 0% (weight 10) and a met rating 100% (weight 20); KPIs without data are left out.
      await expect(entry.row(EMPLOYEE.name)).toContainText("67%");
      await expect(entry.cell(MANAGER_KPI, EMPLOYEE.name)).toHaveValue("4");
      await capture(page, "data-entry", entry.cell(MANAGER_KPI, EMPLOYEE.name));
    });
    await context.close();
  });

  await test.step("a peer gets a clean not-found page and the API answers 404", async () => {
    const context = await newContext(browser, baseURL!);
    const page = await context.newPage();
    await signInAt(page, `/scorecards/${scorecardId}`, PEER);
    const card = new ScorecardPage(page);
    await expect(card.notFoundHeading).toBeVisible();
    await expect(card.myScorecardLink).toBeVisible();
    await expect(card.shell.main).not.toContainText(EMPLOYEE.name);
    await expect(card.shell.main).not.toContainText(EMPLOYEE_KPI);
    await context.close();

    for (const path of ["", "/measurements", "/score"]) {
      const response = await peerApi.raw("GET", `/api/v1/scorecards/${scorecardId}${path}`);
      expect([403, 404], `GET /api/v1/scorecards/:id${path}`).toContain(response.status());
      expect(await response.text()).not.toContain(EMPLOYEE.name);
    }
    const write = await peerApi.raw("POST", `/api/v1/scorecards/${scorecardId}/measurements`, {
      kpi: "support.certification-modules",
      period: "m1",
      value: 3,
    });
    expect([403, 404]).toContain(write.status());
  });

  await test.step("HR closes the cycle, so its scorecards are history", async () => {
    const cycle = new CyclePage(hr);
    await cycle.goto(cycleId);
    await cycle.close(cycleName);
    await expect(cycle.state("Closed")).toBeVisible();
    await expect(cycle.closeButton).toHaveCount(0);
  });
  await hrContext.close();
});

test("people, cycle, my scorecard, team overview and data entry have no serious accessibility violations", () => {
  expect(reports.map((r) => new URL(r.url).pathname.split("/")[1])).toEqual([
    "people",
    "cycles",
    "my-scorecard",
    "team",
    "team",
  ]);
  // Every page is judged, so a finding on one does not hide those on the others.
  const failures: string[] = [];
  for (const report of reports) {
    try {
      expectNoSeriousViolations(report);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  expect(failures.length, failures.join("\n\n")).toBe(0);
});
