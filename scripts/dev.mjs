#!/usr/bin/env node
// `npm run dev`: the API server and the Vite dev server (hot reload) together. Vite forwards
// /api to the API, so the browser sees one origin and the session cookie just works.
// Ports: API on API_PORT (default 3000), web on WEB_PORT (default 5173).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "packages", "web");
const apiPort = process.env.API_PORT ?? "3000";
const webPort = process.env.WEB_PORT ?? "5173";
const viteBin = join(dirname(createRequire(join(web, "package.json")).resolve("vite/package.json")), "bin", "vite.js");

const children = [
  spawn(process.execPath, ["--import", "tsx", "packages/server/src/cli/main.ts", "serve"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: apiPort },
  }),
  spawn(process.execPath, [viteBin, "--port", webPort, "--strictPort"], {
    cwd: web,
    stdio: "inherit",
    env: { ...process.env, YARDSTICK_API_URL: `http://127.0.0.1:${apiPort}` },
  }),
];
console.log(`Yardstick dev: open http://localhost:${webPort} (API on http://localhost:${apiPort})`);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
}
// When one side dies the other is useless: stop both, keep the failing exit code.
for (const child of children) child.on("exit", (code) => stop(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));
