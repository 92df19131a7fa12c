// Starts the real Yardstick server for the browser tests: builds the web app when its bundle is
// missing or older than its sources, then serves it on E2E_PORT with a fresh, empty data folder,
// so every run begins at first-run setup. The data folder is removed when the server stops.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = path.join(root, "packages/web");
const bundle = path.join(webDir, "dist/index.html");
const port = process.env.E2E_PORT ?? "3210";

/** Newest modification time under the given paths (files or folders), 0 when none exist. */
function newestMtime(paths) {
  let newest = 0;
  for (const entry of paths) {
    if (!fs.existsSync(entry)) continue;
    const stat = fs.statSync(entry);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    const children = fs.readdirSync(entry).map((name) => path.join(entry, name));
    newest = Math.max(newest, newestMtime(children));
  }
  return newest;
}

const sources = ["src", "index.html", "public", "vite.config.ts", "package.json"].map((p) => path.join(webDir, p));
sources.push(path.join(root, "packages/core/src"));
const bundleTime = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
if (bundleTime < newestMtime(sources)) {
  console.log("[e2e] building the web app");
  const build = spawnSync("npm", ["run", "build", "--workspace", "@yardstick/web"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

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
