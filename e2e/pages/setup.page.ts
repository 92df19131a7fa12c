import type { Locator, Page } from "@playwright/test";

/** First-run setup: creates the organization and its first admin. */
export class SetupPage {
  readonly heading: Locator;
  readonly organization: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly confirmPassword: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Set up Yardstick" });
    this.organization = page.getByLabel("Organization name");
    this.name = page.getByLabel("Your name");
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel(/^Password/);
    this.confirmPassword = page.getByLabel("Confirm password");
    this.submit = page.getByRole("button", { name: "Create organization" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/setup");
  }

  async createOrganization(input: { organization: string; name: string; email: string; password: string }) {
    await this.organization.fill(input.organization);
    await this.name.fill(input.name);
    await this.email.fill(input.email);
    await this.password.fill(input.password);
    await this.confirmPassword.fill(input.password);
    await this.submit.click();
  }
}
