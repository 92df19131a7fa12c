import { expect, test } from "@playwright/test";
import { RolePage } from "../pages/role.page.js";
import { RolesPage } from "../pages/roles.page.js";
import { uniqueSuffix } from "../support/unique.js";

test("a role is created and given responsibilities", async ({ page }) => {
  const title = `Account Executive ${uniqueSuffix()}`;
  const roles = new RolesPage(page);
  await roles.goto();
  await roles.createRole({ title, family: "Sales", description: "Wins and grows mid-market accounts." });

  const role = new RolePage(page);
  await expect(role.heading(title)).toBeVisible();
  await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}$/);
  await role.addResponsibilities(["Close new business in the assigned territory", "Keep an accurate pipeline"]);
  await expect(role.responsibility("Close new business in the assigned territory")).toBeVisible();
  await expect(role.responsibility("Keep an accurate pipeline")).toBeVisible();

  // Saved: the list shows the role with its two responsibilities after a fresh load.
  await roles.goto();
  await roles.search.fill(title);
  const row = roles.row(title);
  await expect(row.getByRole("cell").nth(3)).toHaveText("2");
  await expect(row.getByRole("cell").nth(1)).toHaveText("Sales");
});
