import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** One role: description, responsibilities, expected outcomes and its framework summary. */
export class RolePage {
  readonly shell: AppShell;
  readonly editRoleButton: Locator;
  readonly deleteRoleButton: Locator;
  readonly responsibilities: Locator;
  readonly editResponsibilitiesButton: Locator;
  readonly addResponsibilityButton: Locator;
  readonly saveResponsibilitiesButton: Locator;
  readonly outcomes: Locator;
  readonly framework: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.editRoleButton = this.shell.main.getByRole("button", { name: "Edit role" });
    this.deleteRoleButton = this.shell.main.getByRole("button", { name: "Delete role" });
    this.responsibilities = page.getByRole("region", { name: "Responsibilities" });
    this.editResponsibilitiesButton = this.responsibilities.getByRole("button", { name: "Edit responsibilities" });
    this.addResponsibilityButton = this.responsibilities.getByRole("button", { name: "Add responsibility" });
    this.saveResponsibilitiesButton = this.responsibilities.getByRole("button", { name: "Save responsibilities" });
    this.outcomes = page.getByRole("region", { name: "Expected outcomes" });
    this.framework = page.getByRole("region", { name: /framework/i });
  }

  async goto(roleId: string): Promise<void> {
    await this.page.goto(`/roles/${roleId}`);
    await this.shell.main.getByRole("heading", { level: 1 }).waitFor();
  }

  heading(title: string): Locator {
    return this.shell.pageHeading(title);
  }

  /** Replaces nothing: appends the given responsibilities and saves. */
  async addResponsibilities(texts: string[]): Promise<void> {
    await this.editResponsibilitiesButton.click();
    const existing = await this.responsibilities.getByRole("textbox", { name: /^Responsibility \d+$/ }).count();
    for (const [offset, text] of texts.entries()) {
      await this.addResponsibilityButton.click();
      await this.responsibilities
        .getByRole("textbox", { name: `Responsibility ${existing + offset + 1}`, exact: true })
        .fill(text);
    }
    await this.saveResponsibilitiesButton.click();
    await this.saveResponsibilitiesButton.waitFor({ state: "hidden" });
  }

  responsibility(text: string): Locator {
    return this.responsibilities.getByRole("listitem").filter({ hasText: text });
  }
}
