import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

export type KpiFilter = "Role family" | "Kind" | "Timing" | "Focus";

/** The organization's KPI definitions with search and category filters. */
export class KpiLibraryPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly clearFilters: Locator;
  readonly newKpiButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("KPI library");
    this.filters = page.getByRole("region", { name: "Filters" });
    this.search = this.filters.getByRole("textbox", { name: "Search KPIs" });
    this.table = this.shell.main.getByRole("table");
    this.clearFilters = this.filters.getByRole("button", { name: "Clear filters" });
    this.newKpiButton = this.shell.main.getByRole("button", { name: "New KPI" }).first();
  }

  async goto(): Promise<void> {
    await this.page.goto("/kpis");
    await this.heading.waitFor();
  }

  /** Links to the KPIs listed in the table, one per row. */
  kpiLinks(): Locator {
    return this.table.getByRole("link");
  }

  kpiLink(name: string): Locator {
    return this.table.getByRole("link", { name, exact: true });
  }

  async filterBy(filter: KpiFilter, option: string): Promise<void> {
    await this.filters.getByRole("combobox", { name: filter }).click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }
}
