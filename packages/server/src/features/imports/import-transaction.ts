import type SqliteDatabase from "better-sqlite3";
import type { Kysely } from "kysely";
import { isSqliteBusy, openSqliteWriteConnection } from "../../db/connect.js";
import type { Database } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { HttpError } from "../../http/http-errors.js";

/** How long an import waits for other writers to finish before it starts writing. */
const LOCK_WAIT_MS = 30_000;
const LOCK_RETRY_MS = 25;

export const IMPORT_BUSY_MESSAGE = "An import is being saved; try again in a minute.";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes SQLite's write lock for a connection of our own without blocking the process: better-sqlite3
 * waits for a lock synchronously, and the writer holding it may be a transaction of this very
 * process that needs the event loop to finish. So ask with no wait and retry asynchronously.
 */
async function beginImmediate(raw: SqliteDatabase.Database): Promise<void> {
  const saved = raw.pragma("busy_timeout", { simple: true });
  raw.pragma("busy_timeout = 0");
  const deadline = Date.now() + LOCK_WAIT_MS;
  try {
    for (;;) {
      try {
        raw.exec("BEGIN IMMEDIATE");
        return;
      } catch (error) {
        if (!isSqliteBusy(error) || Date.now() > deadline) {
          if (isSqliteBusy(error))
            throw new HttpError(
              503,
              "busy",
              "The database is busy with other writes; try the import again in a minute.",
            );
          throw error;
        }
        await sleep(LOCK_RETRY_MS);
      }
    }
  } finally {
    raw.pragma(`busy_timeout = ${Number(saved)}`);
  }
}

/**
 * Runs an import's writes in one transaction. On a SQLite file the transaction gets a connection of
 * its own, so the main connection keeps serving reads meanwhile (WAL shows them the state before the
 * import until it commits); other writers wait for it (busy_timeout) and get a 503 if it outlasts
 * that. An in-memory SQLite database cannot be opened twice: there the main connection is used, as
 * for PostgreSQL (one connection of the pool), and on SQLite other requests then wait for the import.
 * `work` gets the executor to run everything on and, on SQLite, the better-sqlite3 handle of that
 * same connection for prepared statements.
 */
export async function withImportTransaction<T>(
  db: Executor,
  work: (trx: Executor, sqlite: SqliteDatabase.Database | undefined) => Promise<T>,
): Promise<T> {
  const own = db.isTransaction ? null : await openSqliteWriteConnection(db as Kysely<Database>);
  if (!own) return db.transaction().execute((trx) => work(trx, undefined));
  if (!own.separate) return own.db.transaction().execute((trx) => work(trx, own.raw));
  try {
    await beginImmediate(own.raw);
    try {
      const result = await work(own.db, own.raw);
      own.raw.exec("COMMIT");
      return result;
    } catch (error) {
      if (own.raw.inTransaction) own.raw.exec("ROLLBACK");
      throw error;
    }
  } finally {
    await own.release();
  }
}
