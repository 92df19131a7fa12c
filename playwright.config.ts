import { defineConfig } from "@playwright/test";
import { ADMIN_STATE } from "./e2e/support/auth-state.js";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Browser tests against the real server with a fresh database per run. The `setup` project performs
 * the one-time first-run setup through the UI and stores signed-in sessions in e2e/.auth/; every
 * other spec depends on it and seeds its own data through the API.
 */
export default defineConfig({
  testDir: "e2e/specs",
  // Two cores shared with the server under test: one browser at a time.
  workers: 1,
  fullyParallel: false,
  // Failures must show: never retry.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  outputDir: "test-results/playwright-artifacts",
  // The JSON report feeds the one-line summary that CI prints (.ci/summarize-results.mjs).
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /first-run\.setup\.ts$/ },
    // The README screenshots come first, before other specs add their test records to the pages.
    {
      name: "main-pages",
      testMatch: /main-pages\.spec\.ts$/,
      dependencies: ["setup"],
      use: { storageState: ADMIN_STATE },
    },
    {
      name: "app",
      testMatch: /\.spec\.ts$/,
      testIgnore: /main-pages\.spec\.ts$/,
      dependencies: ["setup"],
      use: { storageState: ADMIN_STATE },
    },
  ],
  webServer: {
    command: "node e2e/start-test-server.mjs",
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    // The first run may build the web app before the server starts.
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
