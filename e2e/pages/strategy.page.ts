import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** Strategic objectives as a tree: create, move, archive. */
export class StrategyPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly newObjectiveButton: Locator;
  readonly tree: Locator;
  readonly showArchived: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("Strategy");
    this.newObjectiveButton = this.shell.main.getByRole("button", { name: "New objective" }).first();
    this.tree = page.getByRole("region", { name: "Objectives", exact: true });
    this.showArchived = page.getByRole("switch", { name: "Show archived" });
    this.dialog = page.getByRole("dialog");
  }

  async goto(): Promise<void> {
    await this.page.goto("/strategy");
    await this.heading.waitFor();
  }

  /** The tree row (list item) of an objective, including its sub-objectives. */
  row(title: string): Locator {
    return this.tree
      .getByRole("listitem")
      .filter({ has: this.page.getByText(title, { exact: true }) })
      .last();
  }

  actionsButton(title: string): Locator {
    return this.tree.getByRole("button", { name: `Actions for ${title}`, exact: true });
  }

  /** Sub-objectives are list items nested in the parent's list item. */
  childRow(parentTitle: string, childTitle: string): Locator {
    return this.tree
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("button", { name: `Actions for ${parentTitle}`, exact: true }) })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("button", { name: `Actions for ${childTitle}`, exact: true }) });
  }

  async createObjective(input: { title: string; perspective?: string; parent?: string }): Promise<void> {
    await this.newObjectiveButton.click();
    const dialog = this.page.getByRole("dialog", { name: "New objective" });
    await dialog.getByLabel(/^Title/).fill(input.title);
    if (input.perspective) await this.pick(dialog.getByRole("combobox", { name: "Perspective" }), input.perspective);
    if (input.parent) await this.pick(dialog.getByRole("combobox", { name: "Parent objective" }), input.parent);
    await dialog.getByRole("button", { name: "Create objective" }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  async openActions(title: string, action: "Edit" | "Add sub-objective" | "Move" | "Archive" | "Unarchive" | "Delete") {
    await this.actionsButton(title).click();
    await this.page.getByRole("menuitem", { name: action }).click();
  }

  async moveUnder(title: string, newParent: string): Promise<void> {
    await this.openActions(title, "Move");
    const dialog = this.page.getByRole("dialog", { name: `Move “${title}”` });
    await this.pick(dialog.getByRole("combobox", { name: "New parent objective" }), newParent);
    await dialog.getByRole("button", { name: "Move", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  async archive(title: string): Promise<void> {
    await this.openActions(title, "Archive");
    const dialog = this.page.getByRole("dialog", { name: "Archive objective?" });
    await dialog.getByRole("button", { name: "Archive", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  /** Opens a Mantine select and picks the option whose text (ignoring tree indentation) is `option`. */
  private async pick(input: Locator, option: string): Promise<void> {
    await input.click();
    await this.page.getByRole("option", { name: option }).click();
  }
}
