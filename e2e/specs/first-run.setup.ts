import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { AppShell } from "../pages/app-shell.page.js";
import { SetupPage } from "../pages/setup.page.js";
import { adminApi, inviteAndAccept } from "../support/api-seed.js";
import { ADMIN_STATE, AUTH_DIR, EMPLOYEE_STATE, SETUP_A11Y_REPORT } from "../support/auth-state.js";
import { analyzeA11y } from "../support/axe.js";
import { saveScreenshot } from "../support/screenshot.js";
import { ADMIN, EMPLOYEE, ORGANIZATION_NAME } from "../support/test-users.js";

// The instance starts empty (a fresh data folder per run), so setup happens exactly once, here;
// every other spec depends on this project and reuses the sessions it stores.
test.describe.configure({ mode: "serial" });

test("first-run setup creates the organization and lands in the app with its name in the header", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  const setup = new SetupPage(page);
  await expect(setup.heading).toBeVisible();
  fs.mkdirSync(AUTH_DIR, { recursive: true });
  fs.writeFileSync(SETUP_A11Y_REPORT, JSON.stringify(await analyzeA11y(page)));
  await saveScreenshot(page, "setup");

  await setup.createOrganization({ organization: ORGANIZATION_NAME, ...ADMIN });

  const shell = new AppShell(page);
  await expect(page).toHaveURL(/\/strategy$/);
  await expect(shell.header.getByText(ORGANIZATION_NAME)).toBeVisible();
  await expect(shell.header.getByText(ADMIN.name)).toBeVisible();
  await expect(shell.pageHeading("Strategy")).toBeVisible();

  await page.context().storageState({ path: ADMIN_STATE });
});

test("setup cannot run twice: /setup now sends people to sign-in", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

test("an invited employee accepts through the API and gets a stored session", async ({ baseURL }) => {
  const admin = await adminApi(baseURL!);
  const employee = await inviteAndAccept(admin, baseURL!, { ...EMPLOYEE, role: "employee" });
  const me = await employee.get<{ role: string; organization: { name: string } }>("/api/v1/me");
  expect(me.role).toBe("employee");
  expect(me.organization.name).toBe(ORGANIZATION_NAME);
  await employee.context.storageState({ path: EMPLOYEE_STATE });
  await employee.dispose();
  await admin.dispose();
});
