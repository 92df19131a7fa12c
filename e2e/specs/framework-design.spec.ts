import { expect, test } from "@playwright/test";
import { AlignmentPage } from "../pages/alignment.page.js";
import { FrameworkEditorPage } from "../pages/framework-editor.page.js";
import { FrameworkHistoryPage } from "../pages/framework-history.page.js";
import { adminApi, importLibrary, seedRole } from "../support/api-seed.js";
import { uniqueSuffix } from "../support/unique.js";

const OBJECTIVE = "Grow new-business revenue 30% year over year";
const BOOKINGS = "New-business bookings";
const WIN_RATE = "Win rate";
const CERTIFICATION = "Sales certification modules completed";

test("a framework is composed to 100%, a lint error fixed, published twice, compared and seen on the alignment map", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const roleTitle = `Key Account Manager ${uniqueSuffix()}`;
  const api = await adminApi(baseURL!);
  // The sales family brings the objective and the KPIs; the role is new and has no framework yet.
  await importLibrary(api, { families: ["sales"] });
  const role = await seedRole(api, {
    title: roleTitle,
    family: "Sales",
    responsibilities: ["Grow revenue from key accounts", "Keep skills certified"],
  });
  await api.dispose();

  const editor = new FrameworkEditorPage(page);
  await test.step("compose a draft to 100%", async () => {
    await editor.goto(role.id);
    await editor.createDraftButton.click();
    await expect(editor.kpiPicker).toBeVisible();
    await editor.addKpi(BOOKINGS);
    await editor.addKpi(WIN_RATE);
    await editor.addKpi(CERTIFICATION);
    await editor.linkObjective(BOOKINGS, OBJECTIVE);
    await editor.setWeight(BOOKINGS, 50);
    await editor.setWeight(WIN_RATE, 30);
    await editor.setWeight(CERTIFICATION, 10);
    await expect(editor.weightTotals).toContainText("90");
  });

  await test.step("the weights error blocks publishing until it is fixed", async () => {
    await expect(editor.findings.getByText(/^[1-9]\d* errors?$/)).toBeVisible();
    await expect(editor.findings.getByRole("listitem").filter({ hasText: /100/ }).first()).toBeVisible();
    await editor.publishButton.click();
    const dialog = editor.publishDialog(1);
    await expect(dialog.getByText(/^Fix \d+ errors? before publishing$/)).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Publish version 1" })).toBeDisabled();
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await editor.setWeight(CERTIFICATION, 20);
    await expect(editor.weightTotals).toContainText("100");
    await expect(editor.findings.getByText("0 errors", { exact: true })).toBeVisible();
    await expect(editor.saved()).toBeVisible();
  });

  await test.step("publish version 1", async () => {
    await editor.publish(1, { effectiveDate: "2026-01-01", changelog: "First framework for key account managers." });
    await expect(page.getByText("Version 1 is published and cannot be edited")).toBeVisible();
  });

  await test.step("a second version changes two weights and is published", async () => {
    await editor.newDraftFromVersionButton.click();
    await expect(editor.publishButton).toBeVisible();
    await editor.setWeight(BOOKINGS, 40);
    await editor.setWeight(CERTIFICATION, 30);
    await expect(editor.weightTotals).toContainText("100");
    await expect(editor.findings.getByText("0 errors", { exact: true })).toBeVisible();
    await expect(editor.saved()).toBeVisible();
    await editor.publish(2, { effectiveDate: "2026-07-01", changelog: "More weight on certification." });
    await expect(page.getByText("Version 2 is published and cannot be edited")).toBeVisible();
  });

  await test.step("the history compares version 1 with version 2", async () => {
    await editor.historyLink.click();
    const history = new FrameworkHistoryPage(page);
    await expect(history.versions.getByRole("row")).toHaveCount(3);
    await expect(history.versions.getByRole("row").filter({ hasText: "More weight on certification." })).toContainText(
      "Published",
    );
    const diff = history.differences(1, 2);
    await expect(diff.getByRole("heading", { name: `${BOOKINGS} changed` })).toBeVisible();
    await expect(diff.getByRole("heading", { name: `${CERTIFICATION} changed` })).toBeVisible();
    await expect(diff.getByRole("heading", { name: `${WIN_RATE} changed` })).toHaveCount(0);
    const bookingsRow = diff
      .getByRole("row")
      .filter({ hasText: /weight/i })
      .first();
    await expect(bookingsRow).toContainText("50");
    await expect(bookingsRow).toContainText("40");
  });

  await test.step("the alignment map links the objective to the KPI and the role", async () => {
    const alignment = new AlignmentPage(page);
    await alignment.goto();
    await expect(alignment.map).toBeVisible();
    const entry = await alignment.objectiveEntry(OBJECTIVE);
    await expect(entry).toContainText(`${BOOKINGS} →`);
    await expect(entry).toContainText(roleTitle);
  });
});
