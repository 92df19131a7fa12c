import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

/** The README shows these; every e2e run overwrites them with the current pages. */
export const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/screenshots");

/** Saves the visible 1280×800 viewport as docs/screenshots/<name>.png once the page has settled. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    animations: "disabled",
    caret: "hide",
  });
}
