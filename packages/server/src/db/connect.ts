import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./database.js";

export type DialectName = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (count, sum) as strings; our counts always fit in a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/** Opens the embedded SQLite file (WAL mode) in `dataDir`, or ":memory:". */
export function connectSqlite(dataDir: string | ":memory:"): DatabaseHandle {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, "yardstick.sqlite");
  }
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // better-sqlite3 waits for a lock synchronously, freezing every request meanwhile. The only other
  // writer is a bulk import on its own connection (or a CLI import), which can hold the lock for a
  // minute: waiting longer than a moment helps nobody, so a write then fails fast with a 503.
  sqlite.pragma("busy_timeout = 250");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  rawSqlite.set(db, sqlite);
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

/** The better-sqlite3 handle behind a Kysely instance made by connectSqlite (for bulk writers' prepared statements). */
const rawSqlite = new WeakMap<Kysely<Database>, SqliteDatabase.Database>();

/** A connection of its own for one long write, and the Kysely instance that drives the same connection. */
export interface SqliteWriteConnection {
  db: Kysely<Database>;
  raw: SqliteDatabase.Database;
  /** True when this is a second connection (a file database); false when it is the main one (":memory:"). */
  separate: boolean;
  release(): Promise<void>;
}

/**
 * A connection for a long write transaction (a bulk import) on SQLite, so the main connection keeps
 * serving reads meanwhile (WAL lets readers see the last committed state while one writer works).
 * A file database gets a second connection to the same file with the same settings. An in-memory
 * database cannot be shared between connections: there the main connection itself is returned
 * (only for databases opened by connectSqlite), and other requests wait for the write as before.
 * Null on PostgreSQL, or for an in-memory database opened elsewhere.
 */
export async function openSqliteWriteConnection(db: Kysely<Database>): Promise<SqliteWriteConnection | null> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return null;
  const files = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(db);
  const file = files.rows.find((row) => row.name === "main")?.file ?? "";
  if (file === "") {
    const raw = rawSqlite.get(db);
    return raw ? { db, raw, separate: false, release: async () => {} } : null;
  }
  const raw = new SqliteDatabase(file);
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  raw.pragma("synchronous = NORMAL");
  // A bulk write touches the table and its indexes all over: with the default 2 MB page cache the
  // transaction keeps spilling pages to the WAL and reading them back. Bounded, and only while it runs.
  raw.pragma("cache_size = -65536");
  const own = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return { db: own, raw, separate: true, release: () => own.destroy() };
}

/** True for the error SQLite gives a writer that waited busy_timeout for another connection's write to end. */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_"));
}

export function connectPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", close: () => db.destroy() };
}

export function connectDatabase(options: { databaseUrl?: string | undefined; dataDir: string }): DatabaseHandle {
  return options.databaseUrl ? connectPostgres(options.databaseUrl) : connectSqlite(options.dataDir);
}
