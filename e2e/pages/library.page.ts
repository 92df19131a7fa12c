import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** The starter library: role families with their roles and KPIs, adopted whole or by selection. */
export class LibraryPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly adoptSelectedButton: Locator;
  readonly confirmDialog: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("Starter library");
    this.adoptSelectedButton = page.getByRole("button", { name: "Adopt selected" });
    this.confirmDialog = page.getByRole("dialog", { name: "Adopt from the starter library?" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/library");
    await this.heading.waitFor();
  }

  /** The expand/collapse button of a family, e.g. "Finance". */
  familyToggle(familyName: string): Locator {
    return this.page.getByRole("button", { name: `${familyName} family`, exact: true });
  }

  /** Opens a family's panel (if closed) and returns the panel. */
  async openFamily(familyName: string): Promise<Locator> {
    const toggle = this.familyToggle(familyName);
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    // The panel is a region named by its toggle.
    return this.page.getByRole("region", { name: `${familyName} family`, exact: true });
  }

  kpiCheckbox(panel: Locator, kpiName: string): Locator {
    return panel.getByRole("checkbox", { name: kpiName, exact: true });
  }

  /** Confirms the adoption dialog and waits for the result notification. */
  async confirmAdoption(): Promise<Locator> {
    await this.confirmDialog.getByRole("button", { name: "Adopt", exact: true }).click();
    await this.confirmDialog.waitFor({ state: "hidden" });
    return this.shell.notification("Adopted from the starter library");
  }
}
