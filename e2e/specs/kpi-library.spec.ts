import { expect, test } from "@playwright/test";
import { KpiLibraryPage } from "../pages/kpi-library.page.js";
import { adminApi, importLibrary, listKpis } from "../support/api-seed.js";

test("the KPI library filters by category and search, and the filter can be cleared", async ({ page, baseURL }) => {
  const api = await adminApi(baseURL!);
  // Idempotent: keys the organization already has are skipped.
  await importLibrary(api, { families: ["hr", "it"] });
  const all = await listKpis(api);
  const development = (await listKpis(api, { focus: "development" })).map((k) => k.name);
  await api.dispose();
  expect(development.length).toBeGreaterThan(1);
  expect(development.length).toBeLessThan(all.length);

  const kpis = new KpiLibraryPage(page);
  await kpis.goto();
  await expect(kpis.kpiLinks()).toHaveCount(all.length);

  await kpis.filterBy("Focus", "Development");
  await expect(page).toHaveURL(/focus=development/);
  await expect(kpis.kpiLinks()).toHaveCount(development.length);
  expect((await kpis.kpiLinks().allTextContents()).sort()).toEqual([...development].sort());
  await expect(kpis.table.getByLabel("Focus: Development")).toHaveCount(development.length);

  // Search narrows the filtered list further.
  const first = development[0]!;
  await kpis.search.fill(first);
  await expect(kpis.kpiLink(first)).toBeVisible();
  await expect(kpis.kpiLinks()).not.toHaveCount(development.length);
  for (const shown of await kpis.kpiLinks().allTextContents()) expect(development).toContain(shown);

  await kpis.clearFilters.click();
  await expect(kpis.kpiLinks()).toHaveCount(all.length);
});
