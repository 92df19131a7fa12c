import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** A role's framework: the draft editor (KPIs, weights, live findings, publish) or a published version. */
export class FrameworkEditorPage {
  readonly shell: AppShell;
  readonly createDraftButton: Locator;
  readonly newDraftFromVersionButton: Locator;
  readonly kpiPicker: Locator;
  readonly addKpiButton: Locator;
  readonly weightTotals: Locator;
  readonly findings: Locator;
  readonly publishButton: Locator;
  readonly historyLink: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.createDraftButton = this.shell.main.getByRole("button", { name: "Create draft" });
    this.newDraftFromVersionButton = this.shell.main.getByRole("button", {
      name: "Create new draft from this version",
    });
    this.kpiPicker = this.shell.main.getByRole("combobox", { name: "Add a KPI from the library" });
    this.addKpiButton = this.shell.main.getByRole("button", { name: "Add KPI", exact: true });
    this.weightTotals = this.shell.main.getByRole("status", { name: "Weight totals" });
    this.findings = this.shell.main.getByRole("region", { name: "Quality findings" });
    this.publishButton = this.shell.main.getByRole("button", { name: "Publish…" });
    this.historyLink = this.shell.main.getByRole("link", { name: "Version history" });
  }

  async goto(roleId: string): Promise<void> {
    await this.page.goto(`/roles/${roleId}/framework`);
    await this.shell.main.getByRole("heading", { level: 1, name: /^Framework: / }).waitFor();
  }

  async addKpi(name: string): Promise<void> {
    await this.kpiPicker.fill(name);
    await this.page.getByRole("option", { name: new RegExp(`^${name} \\(`) }).click();
    await this.addKpiButton.click();
    await this.assignment(name).waitFor();
  }

  /** The card of one KPI in the draft, named by the KPI. */
  assignment(kpiName: string): Locator {
    return this.shell.main.getByRole("region", { name: kpiName, exact: true });
  }

  async setWeight(kpiName: string, weight: number): Promise<void> {
    await this.assignment(kpiName).getByRole("textbox", { name: "Weight (%)" }).fill(String(weight));
  }

  async linkObjective(kpiName: string, objectiveTitle: string): Promise<void> {
    await this.assignment(kpiName).getByRole("combobox", { name: "Objectives it serves" }).click();
    await this.page.getByRole("option", { name: objectiveTitle }).click();
    await this.page.keyboard.press("Escape");
  }

  /** "Saved" once the autosave has stored the draft. */
  saved(): Locator {
    return this.shell.main.getByText("Saved", { exact: true });
  }

  findingsCount(severity: "error" | "errors"): Locator {
    return this.findings.getByText(new RegExp(`^\\d+ ${severity}$`));
  }

  /** Opens the publish dialog, fills it and publishes; returns the dialog for checks. */
  publishDialog(version: number): Locator {
    return this.page.getByRole("dialog", { name: `Publish version ${version}` });
  }

  async publish(version: number, input: { effectiveDate: string; changelog: string }): Promise<void> {
    await this.publishButton.click();
    const dialog = this.publishDialog(version);
    await dialog.getByLabel(/^Effective date/).fill(input.effectiveDate);
    await dialog.getByLabel(/^Changelog/).fill(input.changelog);
    await dialog.getByRole("button", { name: `Publish version ${version}` }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}
