import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** One review cycle: dates and sub-periods, open and close, and the scorecards it holds. */
export class CyclePage {
  readonly shell: AppShell;
  readonly openButton: Locator;
  readonly closeButton: Locator;
  readonly subPeriods: Locator;
  readonly scorecards: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.openButton = this.shell.main.getByRole("button", { name: "Open cycle" });
    this.closeButton = this.shell.main.getByRole("button", { name: "Close cycle" });
    this.subPeriods = this.shell.main.getByRole("region", { name: "Sub-periods" });
    this.scorecards = this.shell.main.getByRole("table", { name: "Scorecards" });
  }

  async goto(cycleId: string): Promise<void> {
    await this.page.goto(`/cycles/${cycleId}`);
    await this.shell.main.getByRole("heading", { level: 1 }).waitFor();
  }

  heading(name: string): Locator {
    return this.shell.pageHeading(name);
  }

  /** The cycle's state badge under its title (Draft, Open, Closed). */
  state(label: "Draft" | "Open" | "Closed"): Locator {
    return this.shell.main.getByText(label, { exact: true }).first();
  }

  /** Opens the cycle after confirming; the page then reports how many scorecards were created. */
  async open(cycleName: string): Promise<void> {
    await this.openButton.click();
    const dialog = this.page.getByRole("dialog", { name: `Open “${cycleName}”?` });
    await dialog.getByRole("button", { name: "Open cycle" }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  async close(cycleName: string): Promise<void> {
    await this.closeButton.click();
    const dialog = this.page.getByRole("dialog", { name: `Close “${cycleName}”?` });
    await dialog.getByRole("button", { name: "Close cycle" }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  /** The result shown after opening: "Cycle opened: N scorecards created" and who got none, with why. */
  openResult(): Locator {
    return this.shell.main.getByRole("alert").filter({ hasText: /^Cycle opened: / });
  }

  scorecardLink(employeeName: string): Locator {
    return this.scorecards.getByRole("link", { name: employeeName, exact: true });
  }
}
