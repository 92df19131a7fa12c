import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { AppShell } from "../pages/app-shell.page.js";
import { adminApi, importLibrary, listKpis, listRoles } from "../support/api-seed.js";
import { SETUP_A11Y_REPORT } from "../support/auth-state.js";
import { type A11yReport, expectNoSeriousA11yViolations, expectNoSeriousViolations } from "../support/axe.js";
import { saveScreenshot } from "../support/screenshot.js";

interface MainPage {
  /** File name in docs/screenshots/. */
  name: string;
  heading: string;
  path: (ids: SeededIds) => string;
  /** Waits for content that appears after the heading. */
  settled?: (page: Page) => Promise<void>;
}

interface SeededIds {
  roleId: string;
  kpiId: string;
}

const ROLE_TITLE = "Account Executive";
const KPI_NAME = "Win rate";

const MAIN_PAGES: MainPage[] = [
  { name: "strategy", heading: "Strategy", path: () => "/strategy" },
  { name: "org-units", heading: "Org units", path: () => "/org-units" },
  { name: "roles", heading: "Roles", path: () => "/roles" },
  { name: "role", heading: ROLE_TITLE, path: (ids) => `/roles/${ids.roleId}` },
  { name: "kpi-library", heading: "KPI library", path: () => "/kpis" },
  { name: "kpi", heading: KPI_NAME, path: (ids) => `/kpis/${ids.kpiId}` },
  { name: "starter-library", heading: "Starter library", path: () => "/library" },
  { name: "framework-editor", heading: `Framework: ${ROLE_TITLE}`, path: (ids) => `/roles/${ids.roleId}/framework` },
  {
    name: "alignment",
    heading: "Alignment",
    path: () => "/alignment",
    // The map is laid out in a worker after the page appears.
    settled: async (page) => {
      await expect(page.getByLabel("Loading the map")).toHaveCount(0);
      await expect(page.getByLabel("Laying out the map")).toHaveCount(0);
    },
  },
];

let ids: SeededIds = { roleId: "", kpiId: "" };

// A realistic organization for the screenshots: two starter-library families (idempotent).
test.beforeAll(async ({ baseURL }) => {
  const api = await adminApi(baseURL!);
  await importLibrary(api, { families: ["sales", "hr"] });
  const role = (await listRoles(api)).find((r) => r.title === ROLE_TITLE);
  const kpi = (await listKpis(api)).find((k) => k.name === KPI_NAME);
  await api.dispose();
  if (!role || !kpi) throw new Error(`The sales library no longer has "${ROLE_TITLE}" and "${KPI_NAME}"`);
  ids = { roleId: role.id, kpiId: kpi.id };
});

async function open(page: Page, target: MainPage): Promise<void> {
  await page.goto(target.path(ids));
  await expect(new AppShell(page).pageHeading(target.heading)).toBeVisible();
  await target.settled?.(page);
}

for (const target of MAIN_PAGES) {
  test(`${target.name} page: screenshot saved, no serious accessibility violations`, async ({ page }) => {
    await open(page, target);
    // Screenshot first: the README's pictures should not wait for an accessibility fix.
    await saveScreenshot(page, target.name);
    await expectNoSeriousA11yViolations(page);
  });
}

test("setup page (checked during first-run setup): no serious accessibility violations", () => {
  const report = JSON.parse(fs.readFileSync(SETUP_A11Y_REPORT, "utf8")) as A11yReport;
  expectNoSeriousViolations(report);
});
