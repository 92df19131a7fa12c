import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { connectPostgres, connectSqlite, type DatabaseHandle, type DialectName } from "../db/connect.js";
import { migrateToLatest } from "../db/migrate.js";

/**
 * Every repository and API test runs on SQLite, and on PostgreSQL too when
 * YARDSTICK_TEST_PG_URL is set. Each test file gets its own fresh database.
 */
export function testDialects(): DialectName[] {
  return process.env.YARDSTICK_TEST_PG_URL ? ["sqlite", "postgres"] : ["sqlite"];
}

/** A new, migrated, empty database of the given dialect; `close()` also drops a PostgreSQL one. */
export async function createTestDatabase(dialect: DialectName): Promise<DatabaseHandle> {
  if (dialect === "sqlite") {
    const handle = connectSqlite(":memory:");
    await migrateToLatest(handle.db);
    return handle;
  }
  const adminUrl = process.env.YARDSTICK_TEST_PG_URL;
  if (!adminUrl) throw new Error("YARDSTICK_TEST_PG_URL is not set");
  const name = `yardstick_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = connectPostgres(url.toString());
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/**
 * `describe` once per dialect with a fresh database shared by the block's tests.
 * Usage: describeEachDatabase("objectives", (ctx) => { it("...", async () => { ctx.database.db ... }) })
 */
export function describeEachDatabase(
  name: string,
  body: (ctx: { database: DatabaseHandle; dialect: DialectName }) => void,
) {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      const ctx = { dialect } as { database: DatabaseHandle; dialect: DialectName };
      beforeAll(async () => {
        ctx.database = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await ctx.database?.close();
      });
      body(ctx);
    });
  }
}
