import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { runImportPipeline } from "../packages/server/src/features/imports/import-pipeline.service.js";
import { openBenchSqlite } from "./bench-database.js";
import { type GeneratedValue, generateMeasurements, roleProfiles, writeMeasurementCsv } from "./data-generator.js";
import type { BenchFigure } from "./report.js";
import { seedCycle } from "./seed-cycle.js";

/** Values per person of the 7-KPI roles in a quarter: six monthly KPIs × 3 + one quarterly, less ~4% missing. */
const VALUES_PER_PERSON = 18.2;

/**
 * N measurement rows (a long-shape CSV made by the data generator) imported through the real
 * import path (read, map, validate every row, write set-based, recompute the touched scorecards,
 * one transaction) against a raw better-sqlite3 prepared INSERT of the same rows in one transaction.
 */
export async function runImportBench(options: {
  rows: number;
  pgUrl: string | undefined;
  log: (text: string) => void;
  notes: string[];
}): Promise<BenchFigure[]> {
  const { log } = options;
  const employees = Math.ceil(options.rows / VALUES_PER_PERSON);
  log(`import: seeding ${employees.toLocaleString("en")} employees with open scorecards`);
  const bench = await openBenchSqlite("import");
  try {
    const seeded = await seedCycle(bench.handle, bench.raw, { employees, seed: 7, values: false, log });
    bench.raw.pragma("wal_checkpoint(TRUNCATE)");
    const copy = path.join(path.dirname(bench.file), "baseline.sqlite");
    fs.copyFileSync(bench.file, copy);

    const values: GeneratedValue[] = [];
    for (const v of generateMeasurements({
      seed: 11,
      people: seeded.people,
      profiles: roleProfiles(["sales", "ops"]),
      cycle: seeded.cycle,
      correctionRate: 0,
    })) {
      if (values.length === options.rows) break;
      values.push(v);
    }
    const csv = path.join(path.dirname(bench.file), "measurements.csv");
    const written = await writeMeasurementCsv(csv, values);
    log(`import: ${written.toLocaleString("en")} rows in ${csv} (${(fs.statSync(csv).size / 1e6).toFixed(0)} MB)`);

    let lastReport = 0;
    const t = performance.now();
    const outcome = await runImportPipeline(
      bench.handle.db,
      { organizationId: seeded.organizationId, userId: seeded.userId, role: "admin" },
      { path: csv, fileName: "measurements.csv" },
      {
        commit: true,
        kind: "measurements",
        mapping: {
          kind: "measurements",
          shape: "long",
          employeeColumn: "employee_number",
          employeeMatch: "employeeNumber",
          kpiColumn: "kpi",
          valueColumn: "value",
          periodColumn: "date",
          numberFormat: "dot-decimal",
          dateOrder: "auto",
        },
        onProgress: (p) => {
          if (Date.now() - lastReport > 5_000) {
            lastReport = Date.now();
            log(
              `import: ${p.phase} ${p.rows.toLocaleString("en")}${p.total ? ` / ${p.total.toLocaleString("en")}` : ""}`,
            );
          }
        },
      },
    );
    const importMs = performance.now() - t;
    if (!outcome.committed) {
      throw new Error(
        `import refused: ${outcome.problemCount} problems, first: ${JSON.stringify(outcome.problems[0])}`,
      );
    }
    log(`import: committed ${outcome.added.toLocaleString("en")} values in ${Math.round(importMs)} ms`);

    const raw = new SqliteDatabase(copy);
    raw.pragma("journal_mode = WAL");
    raw.pragma("foreign_keys = ON");
    raw.pragma("synchronous = NORMAL");
    const insert = raw.prepare(
      `INSERT INTO measurements (id, organization_id, scorecard_id, cycle_id, employee_id, kpi_key, period, measured_on,
         value, source, author_id, comment, recorded_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, NULL, ?, ?)`,
    );
    const now = new Date().toISOString();
    const resolved = values.map((v) => [
      seeded.scorecardIds.get(v.employeeNumber),
      seeded.employeeIds.get(v.employeeNumber),
      v,
    ]) as [string, string, GeneratedValue][];
    const r0 = performance.now();
    raw.transaction(() => {
      for (const [scorecardId, employeeId, v] of resolved) {
        insert.run(
          randomUUID(),
          seeded.organizationId,
          scorecardId,
          seeded.cycleId,
          employeeId,
          v.kpi,
          v.period,
          v.date,
          v.value,
          seeded.userId,
          now,
          now,
        );
      }
    })();
    const rawMs = performance.now() - r0;
    raw.close();
    log(`import: raw prepared insert of the same rows in ${Math.round(rawMs)} ms`);
    const product = (written / importMs) * 1000;
    const baseline = (written / rawMs) * 1000;
    const ratio = product / baseline;
    if (options.pgUrl) {
      options.notes.push(
        "import on PostgreSQL was not run: the COPY baseline needs pg-copy-streams, which is not installed here.",
      );
    }
    return [
      {
        name: `import ${written.toLocaleString("en")} rows (SQLite)`,
        product,
        baseline,
        unit: "rows/s",
        ratio,
        target: "≥ 50% of raw insert",
        met: ratio >= 0.5,
        verdict:
          ratio >= 0.5
            ? `${((ratio - 0.5) * 100).toFixed(0)} points above the target`
            : `missed by ${((0.5 - ratio) * 100).toFixed(0)} points (${Math.round(importMs / 1000)} s vs ${Math.round(rawMs / 1000)} s)`,
        detail: {
          importMs: Math.round(importMs),
          rawMs: Math.round(rawMs),
          recomputedScorecards: seeded.scorecardIds.size,
        },
      },
    ];
  } finally {
    await bench.dispose();
  }
}
