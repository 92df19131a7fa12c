import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** The list of review cycles; "New cycle" opens the create dialog, which leads to the new cycle's page. */
export class CyclesPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly newCycleButton: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("Review cycles");
    this.newCycleButton = this.shell.main.getByRole("button", { name: "New cycle" }).first();
    this.table = this.shell.main.getByRole("table", { name: "Review cycles" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/cycles");
    await this.heading.waitFor();
  }

  cycleLink(name: string): Locator {
    return this.table.getByRole("link", { name, exact: true });
  }

  /**
   * Creates a draft cycle through the dialog (quarterly unless told otherwise). The dialog shows
   * the sub-periods it will get; `beforeCreate` may check them while the dialog is open.
   */
  async createCycle(
    input: { name: string; startDate: string; cadence?: "Quarterly" | "Half-yearly" | "Yearly" },
    beforeCreate?: (dialog: Locator) => Promise<void>,
  ): Promise<void> {
    await this.newCycleButton.click();
    const dialog = this.newCycleDialog();
    await dialog.getByRole("textbox", { name: "Name" }).fill(input.name);
    if (input.cadence) {
      await dialog.getByRole("combobox", { name: "Cadence" }).click();
      await this.page.getByRole("option", { name: input.cadence, exact: true }).click();
    }
    await dialog.getByLabel("Start date").fill(input.startDate);
    await beforeCreate?.(dialog);
    await dialog.getByRole("button", { name: "Create draft cycle" }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  newCycleDialog(): Locator {
    return this.page.getByRole("dialog", { name: "New review cycle" });
  }
}
