import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/**
 * A scorecard, either "My scorecard" (/my-scorecard) or someone's by address (/scorecards/:id):
 * overall score, one card per KPI, the value history with corrections, personal targets.
 */
export class ScorecardPage {
  readonly shell: AppShell;
  readonly overall: Locator;
  readonly overallExplainButton: Locator;
  readonly valueHistory: Locator;
  readonly notFoundHeading: Locator;
  readonly myScorecardLink: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.overall = this.shell.main.getByRole("region", { name: "Overall score" });
    this.overallExplainButton = this.overall.getByRole("button", { name: "How is this calculated? Overall score" });
    this.valueHistory = this.shell.main.getByRole("table", { name: "Value history" });
    this.notFoundHeading = this.shell.pageHeading("Scorecard not found");
    this.myScorecardLink = this.shell.main.getByRole("link", { name: "Go to my scorecard" });
  }

  async gotoMine(): Promise<void> {
    await this.page.goto("/my-scorecard");
    await this.shell.main.getByRole("heading", { level: 1 }).waitFor();
  }

  async goto(scorecardId: string): Promise<void> {
    await this.page.goto(`/scorecards/${scorecardId}`);
    await this.shell.main.getByRole("heading", { level: 1 }).waitFor();
  }

  heading(name: string | RegExp): Locator {
    return this.shell.pageHeading(name);
  }

  /** The card of one KPI, named by the KPI. */
  kpiCard(kpiName: string): Locator {
    return this.shell.main.getByRole("article", { name: kpiName, exact: true });
  }

  reportButton(kpiName: string): Locator {
    return this.shell.main.getByRole("button", { name: `Report a value for ${kpiName}` });
  }

  explainButton(kpiName: string): Locator {
    return this.shell.main.getByRole("button", { name: `How is this calculated? ${kpiName}` });
  }

  /** The explanation dialog of a KPI (or "Overall score"). */
  explanation(subject: string): Locator {
    return this.page.getByRole("dialog", { name: `How is this calculated? ${subject}` });
  }

  /** Opens a KPI's explanation and returns its dialog. */
  async explain(kpiName: string): Promise<Locator> {
    await this.explainButton(kpiName).click();
    const dialog = this.explanation(kpiName);
    await dialog.waitFor();
    return dialog;
  }

  async closeExplanation(subject: string): Promise<void> {
    const dialog = this.explanation(subject);
    await dialog.getByRole("button", { name: "Close", exact: true }).last().click();
    await dialog.waitFor({ state: "hidden" });
  }

  /**
   * Reports a value for a KPI in the current sub-period through the KPI card's button. A slot that
   * already has a value opens as "Correct a value" and saves as a correction.
   */
  async reportValue(kpiName: string, input: { value: string; comment?: string; correction?: boolean }): Promise<void> {
    await this.reportButton(kpiName).click();
    const title = input.correction ? "Correct a value" : "Report a value";
    const dialog = this.page.getByRole("dialog", { name: title });
    await dialog.getByRole("textbox", { name: /^Value/ }).fill(input.value);
    if (input.comment) await dialog.getByRole("textbox", { name: "Comment" }).fill(input.comment);
    await dialog.getByRole("button", { name: input.correction ? "Save correction" : "Save value" }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  /** The history row of the current value of a KPI (the one a correction replaced sits under it). */
  currentValueRow(kpiName: string): Locator {
    return this.valueHistory.getByRole("row").filter({ has: this.page.getByRole("cell", { name: kpiName }) });
  }

  /** The history rows of values that a correction replaced. */
  earlierValueRows(): Locator {
    return this.valueHistory.getByRole("row").filter({ hasText: "earlier value" });
  }
}
