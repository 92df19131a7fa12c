import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.page.js";

/** A role's framework versions and the comparison of two of them. */
export class FrameworkHistoryPage {
  readonly shell: AppShell;
  readonly versions: Locator;
  readonly compare: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.versions = page.getByRole("region", { name: "Versions", exact: true });
    this.compare = page.getByRole("region", { name: "Compare versions" });
  }

  async goto(roleId: string): Promise<void> {
    await this.page.goto(`/roles/${roleId}/framework/history`);
    await this.shell.main.getByRole("heading", { level: 1, name: /^Version history/ }).waitFor();
  }

  differences(from: number, to: number): Locator {
    return this.page.getByRole("region", { name: `Differences from version ${from} to version ${to}` });
  }
}
