import type { Locator, Page } from "@playwright/test";

/** The sign-in form. */
export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Sign in" });
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel(/^Password/);
    this.submit = page.getByRole("button", { name: "Sign in" });
    this.error = page.getByRole("alert").filter({ hasText: "Sign-in failed" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/sign-in");
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
