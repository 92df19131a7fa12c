import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** The list of roles with search and family filter; "New role" opens the create dialog. */
export class RolesPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly newRoleButton: Locator;
  readonly search: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("Roles");
    this.newRoleButton = this.shell.main.getByRole("button", { name: "New role" }).first();
    this.search = page.getByRole("textbox", { name: "Search roles" });
    this.table = this.shell.main.getByRole("table");
  }

  async goto(): Promise<void> {
    await this.page.goto("/roles");
    await this.heading.waitFor();
  }

  roleLink(title: string): Locator {
    return this.table.getByRole("link", { name: title, exact: true });
  }

  /** The table row of a role; its cells are Role, Family, Org unit, Responsibilities. */
  row(title: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  /** Creates a role through the dialog; the app then opens the new role's page. */
  async createRole(input: { title: string; family?: string; description?: string }): Promise<void> {
    await this.newRoleButton.click();
    const dialog = this.page.getByRole("dialog", { name: "New role" });
    await dialog.getByLabel(/^Title/).fill(input.title);
    if (input.family) await dialog.getByRole("combobox", { name: "Role family" }).fill(input.family);
    if (input.description) await dialog.getByLabel("Description").fill(input.description);
    await dialog.getByRole("button", { name: "Create role" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}
