import { expect, test } from "@playwright/test";
import { KpiLibraryPage } from "../pages/kpi-library.page.js";
import { LibraryPage } from "../pages/library.page.js";
import { RolePage } from "../pages/role.page.js";
import { RolesPage } from "../pages/roles.page.js";
import { StrategyPage } from "../pages/strategy.page.js";
import { ApiClient } from "../support/api-client.js";
import { adminApi, importLibrary, seedObjective, seedRole } from "../support/api-seed.js";
import { EMPLOYEE_STATE } from "../support/auth-state.js";
import { uniqueSuffix } from "../support/unique.js";

test.use({ storageState: EMPLOYEE_STATE });

const sfx = uniqueSuffix();
const objectiveTitle = `Delight every customer ${sfx}`;
const roleTitle = `Support Specialist ${sfx}`;
let roleId = "";

test.beforeAll(async ({ baseURL }) => {
  const admin = await adminApi(baseURL!);
  await seedObjective(admin, { title: objectiveTitle, perspective: "customer" });
  roleId = (await seedRole(admin, { title: roleTitle, family: "Support", responsibilities: ["Resolve tickets"] })).id;
  await importLibrary(admin, { families: ["support"] });
  await admin.dispose();
});

test("an employee sees the design but no way to edit it", async ({ page }) => {
  const strategy = new StrategyPage(page);
  await strategy.goto();
  await expect(strategy.shell.header.getByLabel("Your role: Employee")).toBeVisible();
  await expect(strategy.tree.getByText(objectiveTitle, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "New objective" })).toHaveCount(0);
  await expect(strategy.actionsButton(objectiveTitle)).toHaveCount(0);
  await expect(strategy.shell.navLink("Starter library")).toHaveCount(0);

  const roles = new RolesPage(page);
  await roles.goto();
  await expect(roles.roleLink(roleTitle)).toBeVisible();
  await expect(roles.newRoleButton).toHaveCount(0);

  const role = new RolePage(page);
  await role.goto(roleId);
  await expect(role.heading(roleTitle)).toBeVisible();
  await expect(role.responsibility("Resolve tickets")).toBeVisible();
  await expect(role.editRoleButton).toHaveCount(0);
  await expect(role.deleteRoleButton).toHaveCount(0);
  await expect(role.editResponsibilitiesButton).toHaveCount(0);

  const kpis = new KpiLibraryPage(page);
  await kpis.goto();
  await expect(kpis.kpiLinks().first()).toBeVisible();
  await expect(kpis.newKpiButton).toHaveCount(0);

  // Even the library page, opened by its address, offers nothing to adopt.
  const library = new LibraryPage(page);
  await library.goto();
  const panel = await library.openFamily("Customer Support");
  await expect(panel.getByRole("button", { name: /Adopt/ })).toHaveCount(0);
  await expect(panel.getByRole("checkbox")).toHaveCount(0);
});

test("a direct write by an employee is refused with a clear message", async ({ baseURL }) => {
  const employee = await ApiClient.fromStorageState(baseURL!, EMPLOYEE_STATE);
  const response = await employee.raw("POST", "/api/v1/objectives", {
    key: `sneaky-${sfx}`,
    title: "Sneaky objective",
  });
  expect(response.status()).toBe(403);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("forbidden");
  expect(body.error.message).toBe("This needs the admin or hr role; you are employee.");

  const rename = await employee.raw("PATCH", `/api/v1/roles/${roleId}`, { title: "Renamed by an employee" });
  expect(rename.status()).toBe(403);
  const role = await employee.get<{ title: string }>(`/api/v1/roles/${roleId}`);
  expect(role.title).toBe(roleTitle);
  await employee.dispose();
});
