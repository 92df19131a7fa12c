import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** The manager's data-entry grid: team × KPIs for one sub-period, saved per cell with Enter or all at once. */
export class DataEntryPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly cyclePicker: Locator;
  readonly subPeriodPicker: Locator;
  readonly grid: Locator;
  readonly saveAllButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("Enter values");
    this.cyclePicker = this.shell.main.getByRole("combobox", { name: "Review cycle" });
    this.subPeriodPicker = this.shell.main.getByRole("combobox", { name: "Sub-period" });
    this.grid = this.shell.main.getByRole("table", { name: /^Values for / });
    this.saveAllButton = this.shell.main.getByRole("button", { name: /^Save all/ });
  }

  async goto(): Promise<void> {
    await this.page.goto("/team/entry");
    await this.heading.waitFor();
  }

  /** The input of one KPI for one person (only KPIs the caller may report have one). */
  cell(kpiName: string, employeeName: string): Locator {
    return this.grid.getByRole("textbox", { name: `${kpiName} for ${employeeName}` });
  }

  /** A person's row: name, overall score, then one cell per KPI. */
  row(employeeName: string): Locator {
    return this.grid
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: new RegExp(`^${employeeName}`) }) });
  }

  /** Types a value and presses Enter, which saves the cell and moves down. */
  async enter(kpiName: string, employeeName: string, value: string): Promise<void> {
    const cell = this.cell(kpiName, employeeName);
    await cell.fill(value);
    await cell.press("Enter");
  }
}
