import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** A manager's reporting line × KPIs in one review cycle; each name opens that person's scorecard. */
export class TeamOverviewPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly cyclePicker: Locator;
  readonly managerPicker: Locator;
  readonly enterValuesLink: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("Team overview");
    this.cyclePicker = this.shell.main.getByRole("combobox", { name: "Review cycle" });
    this.managerPicker = this.shell.main.getByRole("combobox", { name: "Team of" });
    this.enterValuesLink = this.shell.main.getByRole("link", { name: "Enter values" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/team");
    await this.heading.waitFor();
  }

  async chooseCycle(cycleName: string): Promise<void> {
    await this.cyclePicker.click();
    await this.page.getByRole("option", { name: cycleName, exact: true }).click();
  }

  /** The score table of a cycle. */
  scores(cycleName: string): Locator {
    return this.shell.main.getByRole("table", { name: `Team scores in ${cycleName}` });
  }

  /** A person's row: name (a link to the scorecard when they have one), overall, one cell per KPI. */
  row(cycleName: string, employeeName: string): Locator {
    return this.scores(cycleName)
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: new RegExp(`^${employeeName}`) }) });
  }

  scorecardLink(cycleName: string, employeeName: string): Locator {
    return this.scores(cycleName).getByRole("link", { name: employeeName, exact: true });
  }
}
