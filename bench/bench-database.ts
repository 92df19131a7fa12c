import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { DatabaseHandle } from "../packages/server/src/db/connect.js";
import type { Database } from "../packages/server/src/db/database.js";
import { migrateToLatest } from "../packages/server/src/db/migrate.js";

/** A benchmark's SQLite database: the product's settings, plus the raw handle for baselines. */
export interface BenchSqlite {
  handle: DatabaseHandle;
  raw: SqliteDatabase.Database;
  file: string;
  /** Closes and deletes the file. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated SQLite file in a temporary directory, opened with the same pragmas as
 * `connectSqlite` (WAL, foreign keys, synchronous NORMAL), so figures match a real install.
 */
export async function openBenchSqlite(label: string): Promise<BenchSqlite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `yardstick-bench-${label}-`));
  const file = path.join(dir, "yardstick.sqlite");
  const raw = new SqliteDatabase(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  raw.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await migrateToLatest(db);
  const handle: DatabaseHandle = { db, dialect: "sqlite", close: () => db.destroy() };
  return {
    handle,
    raw,
    file,
    dispose: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
