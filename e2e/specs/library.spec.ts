import { expect, test } from "@playwright/test";
import { KpiLibraryPage } from "../pages/kpi-library.page.js";
import { LibraryPage } from "../pages/library.page.js";
import { adminApi, listKpis } from "../support/api-seed.js";

// Finance is adopted by no other spec, so these KPIs are new to the organization here.
const FAMILY = "Finance";
const PICKED = ["Days sales outstanding", "Revenue forecast accuracy"];

test("selected starter-library KPIs are adopted into the organization's KPI library", async ({ page, baseURL }) => {
  const api = await adminApi(baseURL!);
  const before = (await listKpis(api)).map((k) => k.name);
  expect(before).not.toContain(PICKED[0]);
  expect(before).not.toContain(PICKED[1]);

  const library = new LibraryPage(page);
  await library.goto();
  const panel = await library.openFamily(FAMILY);
  for (const name of PICKED) await library.kpiCheckbox(panel, name).check();
  await expect(page.getByRole("status").filter({ hasText: "0 role(s), 2 KPI(s) selected" })).toBeVisible();
  await library.adoptSelectedButton.click();
  const notification = await library.confirmAdoption();
  await expect(notification).toContainText(/\b2 KPIs\b/);

  const kpis = new KpiLibraryPage(page);
  await kpis.goto();
  for (const name of PICKED) await expect(kpis.kpiLink(name)).toBeVisible();
  // Only what was picked: the family's other KPIs stay in the starter library.
  await expect(kpis.kpiLink("Bad-debt write-offs")).toHaveCount(0);

  const after = (await listKpis(api)).map((k) => k.name);
  expect(after).toEqual(expect.arrayContaining(PICKED));
  await api.dispose();
});
