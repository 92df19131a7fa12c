/**
 * `npm run bench`: import throughput, cycle-wide recompute and scorecard GETs under load, each
 * against a raw baseline. Prints a table and writes bench/results.json.
 *   node --import tsx bench/run.ts [--rows 1000000] [--employees 100000] [--pg postgres://...]
 *     [--duration 10] [--only import,recompute,http]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runHttpBench } from "./http.bench.js";
import { runImportBench } from "./import.bench.js";
import { runRecomputeBench } from "./recompute.bench.js";
import type { BenchFigure } from "./report.js";
import { formatTable } from "./report.js";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    employees: { type: "string", default: "100000" },
    pg: { type: "string" },
    duration: { type: "string", default: "10" },
    only: { type: "string", default: "import,recompute,http" },
    out: { type: "string", default: path.join(import.meta.dirname, "results.json") },
  },
});
const rows = Number(values.rows);
const employees = Number(values.employees);
const duration = Number(values.duration);
const only = new Set((values.only ?? "").split(","));
const started = Date.now();
const log = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${text}`);

const figures: BenchFigure[] = [];
const notes: string[] = [];
if (only.has("import")) figures.push(...(await runImportBench({ rows, pgUrl: values.pg, log, notes })));
if (only.has("recompute") || only.has("http")) {
  const { figures: recompute, keep } = await runRecomputeBench({
    employees,
    log,
    notes,
    keepForHttp: only.has("http"),
  });
  if (only.has("recompute")) figures.push(...recompute);
  if (keep) {
    try {
      figures.push(...(await runHttpBench({ seeded: keep, duration, log, notes })));
    } finally {
      await keep.dispose();
    }
  }
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1e9),
    loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  parameters: {
    rows,
    employees,
    kpisPerEmployee: 7,
    connections: 50,
    durationSeconds: duration,
    pg: Boolean(values.pg),
  },
  figures,
  notes,
};
fs.writeFileSync(values.out as string, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${formatTable(figures)}`);
for (const note of notes) console.log(`- ${note}`);
console.log(`\nWrote ${values.out}`);
process.exit(0);
