#!/usr/bin/env node
// Keeps the first page light: sums the gzip size of the JavaScript the browser must load before
// anything shows (the entry script and its modulepreload links in dist/index.html) and fails
// above the budget. Lazy pages (charts, the alignment graph, editors) do not count.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 250 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "packages", "web", "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
if (files.length === 0) {
  console.error("No entry script found in packages/web/dist/index.html; run the build first.");
  process.exit(1);
}
let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const verdict = total <= BUDGET_BYTES ? "within" : "OVER";
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KB  initial JavaScript (gzip), ${verdict} the ${BUDGET_BYTES / 1024} KB budget`,
);
if (total > BUDGET_BYTES) process.exit(1);
