import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** Objectives → KPIs → roles as a map, with the gaps listed beside it and the map as a list. */
export class AlignmentPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly map: Locator;
  readonly listToggle: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("Alignment");
    this.map = page.getByRole("region", { name: "Alignment map" });
    this.listToggle = page.getByRole("button", { name: "The map as a list" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/alignment");
    await this.heading.waitFor();
  }

  /** Opens "The map as a list" and returns the entry of one objective (its KPIs and their roles). */
  async objectiveEntry(title: string): Promise<Locator> {
    if ((await this.listToggle.getAttribute("aria-expanded")) !== "true") await this.listToggle.click();
    return this.shell.main.getByRole("listitem").filter({ hasText: title }).first();
  }
}
