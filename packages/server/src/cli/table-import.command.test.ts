import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import SqliteDatabase from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSqlite, type DatabaseHandle } from "../db/connect.js";
import { newId, nowIso } from "../db/executor.js";
import { migrateToLatest } from "../db/migrate.js";
import { insertOrganization } from "../features/auth/account.repository.js";
import { createCycle, openCycle } from "../features/cycles/cycles.service.js";
import { insertScoringRole } from "../features/measurements/measurements.factory.js";
import { runTableExport } from "./export.command.js";
import { formatTableImport, progressReporter, runTableImport } from "./table-import.command.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.resolve(here, "../../bin/yardstick.js");
const PEOPLE = 1000;

describe("yardstick import <table>", () => {
  let dir: string;
  let database: DatabaseHandle;
  let keys: string[];
  let mappingFile: string;
  const organizationId = newId();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "yardstick-table-import-"));
    database = connectSqlite(dir);
    const db = database.db;
    await migrateToLatest(db);
    await insertOrganization(db, { id: organizationId, name: "Import Org", settings: "{}", created_at: nowIso() });
    const seeded = await insertScoringRole(db, organizationId, [
      { reporter: "system", aggregation: "sum", name: "Tickets solved", weight: 50 },
      { reporter: "system", aggregation: "average", name: "First reply hours", weight: 50 },
    ]);
    keys = seeded.keys;
    const now = nowIso();
    const people = Array.from({ length: PEOPLE }, (_, i) => ({
      id: newId(),
      organization_id: organizationId,
      employee_number: `E${String(i).padStart(5, "0")}`,
      name: `Person ${i}`,
      email: `p${i}@example.com`,
      role_id: seeded.roleId,
      org_unit_id: null,
      manager_id: null,
      user_id: null,
      start_date: "2025-01-01",
      end_date: null,
      deactivated_at: null,
      created_at: now,
      updated_at: now,
    }));
    for (let i = 0; i < people.length; i += 200) {
      await db
        .insertInto("employees")
        .values(people.slice(i, i + 200))
        .execute();
    }
    const caller = { organizationId, userId: newId(), role: "admin" as const };
    const cycle = await createCycle(db, caller, { name: "Q1 2026", cadence: "quarterly", startDate: "2026-01-01" });
    await openCycle(db, caller, cycle.id);
    mappingFile = path.join(dir, "mapping.json");
    fs.writeFileSync(
      mappingFile,
      JSON.stringify({
        kind: "measurements",
        shape: "long",
        employeeColumn: "Employee",
        periodColumn: "Date",
        kpiColumn: "KPI",
        valueColumn: "Value",
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const count = async () => {
    const row = await database.db
      .selectFrom("measurements")
      .select(database.db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it("dry-runs, imports, and re-imports the same file with no change", async () => {
    const file = path.join(dir, "small.csv");
    fs.writeFileSync(
      file,
      `Employee,Date,KPI,Value\nE00001,2026-01-05,${keys[0]},3\nE00002,2026-01-05,${keys[1]},4.5\n`,
    );
    const dry = await runTableImport(database.db, file, { dryRun: true, yes: false, mapping: mappingFile });
    expect(formatTableImport(dry, true)).toMatch(/Dry run, nothing written: 2 rows of values would give 2 added/);
    expect(await count()).toBe(0);
    const done = await runTableImport(database.db, file, { dryRun: false, yes: true, mapping: mappingFile });
    expect(formatTableImport(done, false)).toMatch(/Imported 2 rows of values: 2 added, 0 changed, 0 unchanged/);
    const again = await runTableImport(database.db, file, { dryRun: false, yes: true, mapping: mappingFile });
    expect(again.unchanged).toBe(2);
    expect(await count()).toBe(2);
    await database.db.deleteFrom("measurements").execute();
  });

  it("lists problems by row and column and writes nothing; refuses a bad --kind and --mapping", async () => {
    const file = path.join(dir, "bad.csv");
    fs.writeFileSync(file, `Employee,Date,KPI,Value\nE00001,2026-01-05,${keys[0]},3\nNOPE,2026-01-05,${keys[0]},x\n`);
    const outcome = await runTableImport(database.db, file, { dryRun: false, yes: true, mapping: mappingFile });
    const text = formatTableImport(outcome, false);
    expect(text).toMatch(/Row 3, column 'Employee': 'NOPE' is not a known employee/);
    expect(text).toMatch(/Row 3, column 'Value': 'x' is not a number/);
    expect(text).toMatch(/2 problem\(s\) in 2 rows; nothing was written/);
    expect(await count()).toBe(0);
    await expect(runTableImport(database.db, file, { dryRun: true, yes: true, kind: "cats" })).rejects.toThrow(
      /--kind must be measurements or people/,
    );
    const badMapping = path.join(dir, "bad-mapping.json");
    fs.writeFileSync(badMapping, JSON.stringify({ kind: "measurements" }));
    await expect(runTableImport(database.db, file, { dryRun: true, yes: true, mapping: badMapping })).rejects.toThrow(
      /is not a column mapping/,
    );
  });

  it("imports people: upsert by number, managers by number or email, loops refused", async () => {
    const file = path.join(dir, "people.csv");
    const role = await database.db
      .selectFrom("roles")
      .select("key")
      .where("organization_id", "=", organizationId)
      .executeTakeFirstOrThrow();
    fs.writeFileSync(
      file,
      `Employee number,Name,Email,Role,Manager\nN1,Nina Boss,nina@example.com,${role.key},\nN2,Noah Report,noah@example.com,${role.key},nina@example.com\nE00003,Person Three Renamed,p3@example.com,${role.key},N1\n`,
    );
    const first = await runTableImport(database.db, file, { dryRun: false, yes: true, kind: "people" });
    expect(first.committed).toBe(true);
    expect(first).toMatchObject({ added: 2, changed: 1, unchanged: 0 });
    const noah = await database.db
      .selectFrom("employees as e")
      .innerJoin("employees as m", "m.id", "e.manager_id")
      .select("m.employee_number")
      .where("e.employee_number", "=", "N2")
      .executeTakeFirstOrThrow();
    expect(noah.employee_number).toBe("N1");
    const again = await runTableImport(database.db, file, { dryRun: false, yes: true, kind: "people" });
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 3 });

    const loop = path.join(dir, "loop.csv");
    fs.writeFileSync(loop, `Employee number,Name,Role,Manager\nN1,Nina Boss,${role.key},N2\n`);
    const refused = await runTableImport(database.db, loop, { dryRun: false, yes: true, kind: "people" });
    expect(refused.committed).toBe(false);
    expect(refused.problems[0]).toMatchObject({ code: "manager-loop", column: "Manager" });
    const nina = await database.db
      .selectFrom("employees")
      .select("manager_id")
      .where("employee_number", "=", "N1")
      .executeTakeFirstOrThrow();
    expect(nina.manager_id).toBeNull();
  });

  it("exports people and a cycle's measurements by cycle name as CSV", async () => {
    const file = path.join(dir, "values.csv");
    fs.writeFileSync(file, `Employee,Date,KPI,Value\nE00007,2026-02-02,${keys[0]},=1+1\n`);
    const refused = await runTableImport(database.db, file, { dryRun: false, yes: true, mapping: mappingFile });
    expect(refused.problems[0]?.code).toBe("not-a-number");
    fs.writeFileSync(file, `Employee,Date,KPI,Value\nE00007,2026-02-02,${keys[0]},6\n`);
    await runTableImport(database.db, file, { dryRun: false, yes: true, mapping: mappingFile });
    const read = async (kind: "people" | "measurements", cycle?: string) => {
      const target = path.join(dir, `${kind}.csv`);
      const out = fs.createWriteStream(target);
      await runTableExport(database.db, kind, { format: "csv", cycle }, out);
      return fs.readFileSync(target, "utf8");
    };
    expect(await read("people")).toContain("E00007,Person 7,p7@example.com");
    const values = await read("measurements", "Q1 2026");
    expect(values).toContain(`E00007,Person 7,${keys[0]},m2,2026-02-02,6,import`);
    await expect(read("measurements")).rejects.toThrow(/--cycle <id\|name> is needed/);
    await expect(read("measurements", "Q9")).rejects.toThrow(/No review cycle/);
    await database.db.deleteFrom("measurements").execute();
  });

  it("prints plain percentage lines when stderr is not a terminal", () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    const progress = progressReporter(stream);
    progress.report({ phase: "reading", rows: 10, bytesRead: 10, bytesTotal: 100 });
    progress.report({ phase: "reading", rows: 12, bytesRead: 12, bytesTotal: 100 });
    progress.report({ phase: "reading", rows: 50, bytesRead: 50, bytesTotal: 100 });
    progress.report({ phase: "writing", rows: 5, total: 10, bytesRead: 0, bytesTotal: 0 });
    expect(lines).toEqual(["Read 10% (10 rows)\n", "Read 50% (50 rows)\n", "Wrote 50% (5 values, one transaction)\n"]);
  });

  it("a CLI import killed in the middle of its transaction leaves the database as it was", async () => {
    const file = path.join(dir, "big.csv");
    const out = fs.createWriteStream(file);
    out.write("Employee,Date,KPI,Value\n");
    let rows = 0;
    for (let day = 1; day <= 90 && rows < 200_000; day += 1) {
      const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
      const lines: string[] = [];
      for (let p = 0; p < PEOPLE; p += 1) {
        for (const key of keys) lines.push(`E${String(p).padStart(5, "0")},${date},${key},${(p + day) % 97}`);
      }
      rows += lines.length;
      out.write(`${lines.join("\n")}\n`);
    }
    out.end();
    await new Promise<void>((resolve) => out.on("close", () => resolve()));
    const before = await count();

    const child = spawn(process.execPath, [bin, "import", file, "--mapping", mappingFile, "--yes"], {
      env: { ...process.env, YARDSTICK_DATA_DIR: dir, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let killedWhileWriting = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const written = [...stderr.matchAll(/Wrote (\d+)%/g)].map((m) => Number(m[1]));
      if (written.some((percent) => percent >= 20) && !killedWhileWriting) {
        killedWhileWriting = true;
        child.kill("SIGKILL");
      }
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, sig) => resolve(sig)),
    );
    expect(stderr, stderr).toMatch(/Read 100%/);
    expect(killedWhileWriting, stderr).toBe(true);
    expect(signal).toBe("SIGKILL");

    const check = new SqliteDatabase(path.join(dir, "yardstick.sqlite"));
    try {
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      const after = check.prepare("SELECT count(*) AS n FROM measurements").get() as { n: number };
      expect(after.n).toBe(before);
      const history = check.prepare("SELECT count(*) AS n FROM measurement_history").get() as { n: number };
      expect(history.n).toBe(0);
    } finally {
      check.close();
    }
  }, 120_000);
});
