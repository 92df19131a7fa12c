import { expect, test } from "@playwright/test";
import { AppShell } from "../pages/app-shell.page.js";
import { SignInPage } from "../pages/sign-in.page.js";
import { expectNoSeriousA11yViolations } from "../support/axe.js";
import { saveScreenshot } from "../support/screenshot.js";
import { ADMIN, ORGANIZATION_NAME } from "../support/test-users.js";

// These tests sign in and out themselves: they start without the stored session, so signing out
// here cannot end the session the other specs share.
test.use({ storageState: { cookies: [], origins: [] } });

test("signing in returns to the page asked for, signing out ends the session", async ({ page }) => {
  await page.goto("/roles");
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  const signIn = new SignInPage(page);
  await signIn.signIn(ADMIN.email, ADMIN.password);

  const shell = new AppShell(page);
  await expect(shell.pageHeading("Roles")).toBeVisible();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(shell.header.getByText(ORGANIZATION_NAME)).toBeVisible();

  await shell.signOut();
  await expect(signIn.heading).toBeVisible();
  await page.goto("/strategy");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(signIn.heading).toBeVisible();
});

test("a wrong password shows an error and keeps the person on the sign-in page", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(ADMIN.email, "not-the-right-password");
  await expect(signIn.error).toBeVisible();
  await expect(signIn.error).toContainText(/email or password/i);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(new AppShell(page).header).toHaveCount(0);
});

test("sign-in page: screenshot saved, no serious accessibility violations", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await expect(signIn.heading).toBeVisible();
  await saveScreenshot(page, "sign-in");
  await expectNoSeriousA11yViolations(page);
});
