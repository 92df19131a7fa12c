import type { Locator, Page } from "@playwright/test";

export type NavLabel =
  | "Strategy"
  | "Org units"
  | "Roles"
  | "KPI library"
  | "Starter library"
  | "Frameworks"
  | "Alignment"
  | "People"
  | "Settings";

/** The signed-in frame: header with organization and user, main navigation, the page's h1. */
export class AppShell {
  readonly header: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole("banner");
    this.navigation = page.getByRole("navigation", { name: "Main navigation" });
    this.main = page.getByRole("main");
    this.signOutButton = this.header.getByRole("button", { name: "Sign out" });
  }

  /** The page title (every page has exactly one h1). */
  pageHeading(name: string | RegExp): Locator {
    return this.main.getByRole("heading", { level: 1, name });
  }

  navLink(label: NavLabel): Locator {
    return this.navigation.getByRole("link", { name: label, exact: true });
  }

  async navigateTo(label: NavLabel): Promise<void> {
    await this.navLink(label).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }

  /** A success or error toast. */
  notification(text: string | RegExp): Locator {
    return this.page.getByRole("alert").filter({ hasText: text });
  }
}
