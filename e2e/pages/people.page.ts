import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

export interface NewPerson {
  name: string;
  email?: string;
  employeeNumber: string;
  /** The role's title as the role picker lists it. */
  role: string;
  /** The manager as the picker lists them: "Name (Role title)". */
  manager?: string;
  startDate?: string;
}

/** HR's list of people: add a person, and per row an actions menu (edit, role, account, deactivate). */
export class PeoplePage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly addPersonButton: Locator;
  readonly search: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.heading = this.shell.pageHeading("People");
    this.addPersonButton = this.shell.main.getByRole("button", { name: "Add person" }).first();
    this.search = this.shell.main.getByRole("textbox", { name: "Search people" });
    this.table = this.shell.main.getByRole("table", { name: "People" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/people");
    await this.heading.waitFor();
  }

  /** The table row of a person: its first cell starts with their name (a manager's name also shows in other rows). */
  row(name: string): Locator {
    return this.table.getByRole("row", { name: new RegExp(`^${name}\\b`) });
  }

  actionsButton(name: string): Locator {
    return this.shell.main.getByRole("button", { name: `Actions for ${name}` });
  }

  /** Picks an option of a Mantine select (a combobox) by typing and clicking the option. */
  private async choose(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await combobox.fill(option);
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  /** Adds a person through the dialog and waits for it to close. */
  async addPerson(person: NewPerson): Promise<void> {
    await this.addPersonButton.click();
    const dialog = this.page.getByRole("dialog", { name: "Add a person" });
    await dialog.getByRole("textbox", { name: "Name" }).fill(person.name);
    if (person.email) await dialog.getByRole("textbox", { name: "Email" }).fill(person.email);
    await dialog.getByRole("textbox", { name: "Employee number" }).fill(person.employeeNumber);
    if (person.startDate) await dialog.getByLabel("Start date").fill(person.startDate);
    await this.choose(dialog.getByRole("combobox", { name: "Role" }), person.role);
    if (person.manager) await this.choose(dialog.getByRole("combobox", { name: "Manager" }), person.manager);
    await dialog.getByRole("button", { name: "Add person" }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  /** Links the member account ("Name <email>") that signs in as this person. */
  async linkAccount(name: string, account: string): Promise<void> {
    await this.actionsButton(name).click();
    await this.page.getByRole("menuitem", { name: "Link account" }).click();
    const dialog = this.page.getByRole("dialog", { name: `Account of ${name}` });
    await this.choose(dialog.getByRole("combobox", { name: "Member account" }), account);
    await dialog.getByRole("button", { name: "Link account" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}
