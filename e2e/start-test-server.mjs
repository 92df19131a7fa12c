// Starts the real Yardstick server for the browser tests: builds the web app when it is missing or
// stale (the repo's scripts/ensure-web-build.mjs; YARDSTICK_SKIP_WEB_BUILD=1 skips that), then serves
// it on E2E_PORT with a fresh, empty data folder, so every run begins at first-run setup.
// Run by Playwright's webServer (playwright.config.ts). The data folder is removed when it stops.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.E2E_PORT ?? "3210";

const build = spawnSync(process.execPath, ["scripts/ensure-web-build.mjs"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "yardstick-e2e-"));
const server = spawn(
  process.execPath,
  ["--import", "tsx", "packages/server/src/cli/main.ts", "serve", "--port", port],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, YARDSTICK_DATA_DIR: dataDir, HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "test" },
  },
);

function stop(signal) {
  if (server.exitCode === null) server.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
server.on("exit", (code, signal) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
