#!/usr/bin/env node
// Builds the web app before `npm start` when packages/web/dist is missing or older than the
// sources it is built from (web and core), so a fresh checkout or a pull never serves stale UI.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "packages", "web");
const builtIndex = join(web, "dist", "index.html");
const sources = [
  join(web, "src"),
  join(web, "index.html"),
  join(web, "vite.config.ts"),
  join(web, "package.json"),
  join(root, "packages", "core", "src"),
  join(root, "packages", "core", "package.json"),
];

/** Newest modification time under a file or directory (tests and fixtures included: cheap and safe). */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function reasonToBuild() {
  if (process.env.YARDSTICK_SKIP_WEB_BUILD === "1") return undefined;
  if (!existsSync(builtIndex)) return "packages/web/dist is missing";
  const builtAt = statSync(builtIndex).mtimeMs;
  const changedAt = Math.max(...sources.map(newestMtime));
  return changedAt > builtAt ? "the web or core sources changed since the last build" : undefined;
}

const reason = reasonToBuild();
if (reason) {
  console.log(`Building the web app (${reason})…`);
  const viteBin = join(
    dirname(createRequire(join(web, "package.json")).resolve("vite/package.json")),
    "bin",
    "vite.js",
  );
  const result = spawnSync(process.execPath, [viteBin, "build", "--logLevel", "warn"], { cwd: web, stdio: "inherit" });
  if (result.status !== 0) {
    // The API must still come up (it answers with a hint page, or the previous build), so a
    // broken web build is a loud warning rather than a server that refuses to start.
    const fallback = existsSync(builtIndex) ? "serving the previous build" : "the web app is missing";
    console.error(`\nWARNING: the web app build failed (see above); starting the API anyway, ${fallback}.\n`);
    process.exit(0);
  }
  console.log("Web app built into packages/web/dist.");
}
