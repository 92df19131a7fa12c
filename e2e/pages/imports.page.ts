import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/**
 * HR's bulk import: choose the file (kind, source, file), map its columns, check every row without
 * saving, import all rows or none with a progress bar; and the history tab.
 */
export class ImportsPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly newImportTab: Locator;
  readonly historyTab: Locator;
  // Step 1: the file.
  readonly measurementsKind: Locator;
  readonly peopleKind: Locator;
  readonly sourcePicker: Locator;
  readonly newSourceName: Locator;
  readonly fileInput: Locator;
  // Step 2: the mapping.
  readonly mappingHeading: Locator;
  readonly mappingTable: Locator;
  readonly sheetPicker: Locator;
  readonly mappingProblems: Locator;
  readonly checkButton: Locator;
  // Step 3: the dry run.
  readonly checkHeading: Locator;
  readonly checkStatus: Locator;
  readonly problemsTable: Locator;
  readonly changeMappingButton: Locator;
  readonly checkAgainButton: Locator;
  readonly startOverButton: Locator;
  readonly importButton: Locator;
  // Step 4: the run.
  readonly progress: Locator;
  readonly completeHeading: Locator;
  readonly summary: Locator;
  readonly importAnotherButton: Locator;
  // History.
  readonly historyTable: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    const main = this.shell.main;
    this.heading = this.shell.pageHeading("Import data");
    this.newImportTab = main.getByRole("tab", { name: "New import" });
    this.historyTab = main.getByRole("tab", { name: "History" });

    this.measurementsKind = main.getByRole("radio", { name: "KPI values" });
    this.peopleKind = main.getByRole("radio", { name: "People" });
    this.sourcePicker = main.getByRole("combobox", { name: "Where the file comes from" });
    this.newSourceName = main.getByRole("textbox", { name: "Name for this source" });
    this.fileInput = main.getByLabel("File to import");

    this.mappingHeading = main.getByRole("heading", { level: 2, name: "Map the columns" });
    this.mappingTable = main.getByRole("table", { name: "Column mapping" });
    this.sheetPicker = main.getByRole("combobox", { name: "Sheet" });
    this.mappingProblems = main.getByRole("alert").filter({ hasText: "Before the file can be checked" });
    this.checkButton = main.getByRole("button", { name: "Check file" });

    this.checkHeading = main.getByRole("heading", { level: 2, name: "Check before importing" });
    this.checkStatus = main.getByRole("status").filter({ hasText: /problems? found|mapping is not complete/i });
    this.problemsTable = main.getByRole("table", { name: /^Problems by row and column \(\d+\)$/ });
    this.changeMappingButton = main.getByRole("button", { name: "Change mapping" });
    this.checkAgainButton = main.getByRole("button", { name: "Check again" });
    this.startOverButton = main.getByRole("button", { name: "Start over" });
    this.importButton = main.getByRole("button", { name: /^Import \d+ rows?$/ });

    this.progress = main.getByRole("progressbar", { name: "Import progress" });
    this.completeHeading = main.getByRole("heading", { level: 2, name: "Import complete" });
    this.summary = main.getByRole("status").filter({ hasText: "Imported" });
    this.importAnotherButton = main.getByRole("button", { name: "Import another file" });

    this.historyTable = main.getByRole("table", { name: "Import history" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/imports");
    await this.heading.waitFor();
  }

  /** Chooses a file on the first step; the upload starts at once. */
  async upload(filePath: string, options: { source?: string; newSourceName?: string } = {}): Promise<void> {
    await this.measurementsKind.check();
    if (options.source) await this.sourcePicker.selectOption({ label: `${options.source} (saved mapping)` });
    if (options.newSourceName !== undefined) await this.newSourceName.fill(options.newSourceName);
    await this.fileInput.setInputFiles(filePath);
  }

  /** The "maps to" select of one file column. */
  columnTarget(header: string): Locator {
    return this.mappingTable.getByRole("combobox", { name: `Column "${header}" maps to` });
  }

  /** The KPI select next to a column that holds one KPI's values or remarks. */
  columnKpi(header: string): Locator {
    return this.mappingTable.getByRole("combobox", { name: `KPI of column "${header}"` });
  }

  /** Says what a column holds, and for a one-KPI column which KPI. */
  async mapColumn(header: string, target: string, kpiName?: string): Promise<void> {
    await this.columnTarget(header).selectOption({ label: target });
    if (kpiName) await this.columnKpi(header).selectOption({ label: kpiName });
  }

  /** The problem rows (header row excluded) that name a row number and a column. */
  problem(row: number, column: string): Locator {
    return this.problemsTable
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: String(row), exact: true }) })
      .filter({ has: this.page.getByRole("cell", { name: column, exact: true }) });
  }

  /** The checkbox that saves the mapping under the source's name. */
  saveMappingCheckbox(name: string): Locator {
    return this.shell.main.getByRole("checkbox", { name: `Save mapping as “${name}”` });
  }

  /** History rows of a file (file name and source share a cell). */
  historyRows(fileName: string): Locator {
    return this.historyTable.getByRole("row").filter({ hasText: fileName });
  }
}
