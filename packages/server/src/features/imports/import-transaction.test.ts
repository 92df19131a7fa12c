import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSqlite, type DatabaseHandle } from "../../db/connect.js";
import { migrateToLatest } from "../../db/migrate.js";
import { buildTestApp, setupAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import { insertScoringRole } from "../measurements/measurements.factory.js";
import { createTestPerson, openTestCycle } from "../people/people.factory.js";
import { runImportPipeline } from "./import-pipeline.service.js";

/** Resolves with the response, or with "timed out" when the request takes longer than `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T | "timed out"> {
  return Promise.race([promise, new Promise<"timed out">((resolve) => setTimeout(() => resolve("timed out"), ms))]);
}

// A real SQLite file (an in-memory database has one connection only, and waits by design).
describe("an import being written on a SQLite file", () => {
  let dir: string;
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let hr: TestClient;
  let csvPath: string;
  const mapping = {
    kind: "measurements" as const,
    shape: "long" as const,
    employeeColumn: "Employee",
    employeeMatch: "employeeNumber" as const,
    numberFormat: "dot-decimal" as const,
    dateOrder: "auto" as const,
    periodColumn: "Month",
    kpiColumn: "KPI",
    valueColumn: "Value",
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "yardstick-import-trx-"));
    database = connectSqlite(join(dir, "data"));
    await migrateToLatest(database.db);
    app = await buildTestApp(database);
    const admin = await setupAdmin(app);
    hr = await signInAs({ app, database, admin }, "hr");
    const role = await insertScoringRole(database.db, admin.organizationId, [
      { reporter: "manager", aggregation: "sum", name: "Calls made", weight: 100 },
    ]);
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const number = `TRX-${i}`;
      numbers.push(number);
      await createTestPerson(hr, { roleId: role.roleId, employeeNumber: number });
    }
    await openTestCycle(hr, { cadence: "quarterly", startDate: "2026-01-01" });
    const lines = numbers.flatMap((n) => ["2026-01", "2026-02", "2026-03"].map((m) => `${n},${m},${role.keys[0]},7`));
    csvPath = join(dir, "values.csv");
    await writeFile(csvPath, `Employee,Month,KPI,Value\n${lines.join("\n")}\n`);
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const countValues = async () => {
    const row = await database.db
      .selectFrom("measurements")
      .select(database.db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it("keeps answering reads, sees the data as before until the commit, and tells writers to retry (503)", async () => {
    let during: { get: unknown; valuesSeen: number; put: unknown } | null = null;
    const outcome = await runImportPipeline(
      database.db,
      { organizationId: hr.organizationId, userId: hr.userId, role: "hr" },
      { path: csvPath, fileName: "values.csv" },
      {
        commit: true,
        mapping,
        // Runs inside the import's write transaction, after every value is written: the import
        // cannot finish before these requests do.
        inTransaction: async () => {
          const get = await within(2_000, hr.request("GET", "/api/v1/imports/runs"));
          const valuesSeen = await countValues();
          // A write cannot take the lock the import holds and is told to retry at once (a transaction
          // that read first is refused immediately; a lone statement waits the short busy_timeout).
          const put = await within(
            2_000,
            hr.request("PUT", "/api/v1/imports/sources", { name: "Monthly calls", mapping }),
          );
          during = { get, valuesSeen, put };
        },
      },
    );
    expect(outcome.committed).toBe(true);
    expect(outcome.added).toBe(9);
    expect(during).not.toBeNull();
    const seen = during as unknown as {
      get: { statusCode: number } | "timed out";
      valuesSeen: number;
      put: { statusCode: number; json(): unknown; headers: Record<string, unknown> } | "timed out";
    };
    expect(seen.get).not.toBe("timed out");
    if (seen.get !== "timed out") expect(seen.get.statusCode).toBe(200);
    expect(seen.valuesSeen).toBe(0);
    expect(seen.put).not.toBe("timed out");
    if (seen.put !== "timed out") {
      expect(seen.put.statusCode).toBe(503);
      expect(seen.put.headers["retry-after"]).toBe("60");
      expect(seen.put.json()).toEqual({
        error: { code: "busy", message: "An import is being saved; try again in a minute." },
      });
    }
    expect(await countValues()).toBe(9);
    // With the import over, the same write goes through.
    const put = await hr.request("PUT", "/api/v1/imports/sources", { name: "Monthly calls", mapping });
    expect(put.statusCode, put.body).toBe(200);
  }, 30_000);

  it("leaves nothing behind when the import fails inside its transaction", async () => {
    const before = await countValues();
    await expect(
      runImportPipeline(
        database.db,
        { organizationId: hr.organizationId, userId: hr.userId, role: "hr" },
        { path: csvPath, fileName: "values.csv" },
        {
          commit: true,
          mapping,
          inTransaction: async () => {
            throw new Error("stopped on purpose");
          },
        },
      ),
    ).rejects.toThrow("stopped on purpose");
    expect(await countValues()).toBe(before);
    // The write lock was released: a write right after goes through at once.
    const put = await within(2_000, hr.request("PUT", "/api/v1/imports/sources", { name: "After failure", mapping }));
    expect(put === "timed out" ? put : put.statusCode).toBe(200);
  });
});
