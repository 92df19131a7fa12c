import { type Kysely, PostgresAdapter, type Transaction } from "kysely";
import type { Database } from "./database.js";

/** What repositories take as first argument: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export const nowIso = (): string => new Date().toISOString();
export const newId = (): string => crypto.randomUUID();

/** For the few statements whose SQL differs by dialect (row locks, bulk copy). */
export function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
