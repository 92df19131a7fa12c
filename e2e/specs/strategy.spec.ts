import { expect, test } from "@playwright/test";
import { StrategyPage } from "../pages/strategy.page.js";
import { adminApi, seedObjective } from "../support/api-seed.js";
import { uniqueSuffix } from "../support/unique.js";

test("an objective is created, moved under another, and archived", async ({ page, baseURL }) => {
  const sfx = uniqueSuffix();
  const parent = `Grow recurring revenue ${sfx}`;
  const other = `Enter two new markets ${sfx}`;
  const created = `Expand the partner channel ${sfx}`;
  const api = await adminApi(baseURL!);
  await seedObjective(api, { title: parent, perspective: "financial" });
  await seedObjective(api, { title: other, perspective: "customer" });
  await api.dispose();

  const strategy = new StrategyPage(page);
  await strategy.goto();
  await strategy.createObjective({ title: created, perspective: "Customer" });
  await expect(strategy.actionsButton(created)).toBeVisible();
  await expect(strategy.childRow(parent, created)).toHaveCount(0);

  await strategy.moveUnder(created, parent);
  await expect(strategy.childRow(parent, created)).toBeVisible();

  await strategy.archive(other);
  await expect(strategy.actionsButton(other)).toHaveCount(0);
  await strategy.showArchived.check();
  await expect(strategy.actionsButton(other)).toBeVisible();
  await expect(strategy.row(other).getByText("Archived", { exact: true })).toBeVisible();

  // The move and the archive were saved, not only shown.
  await page.reload();
  await expect(strategy.childRow(parent, created)).toBeVisible();
  await expect(strategy.actionsButton(other)).toHaveCount(0);
});
