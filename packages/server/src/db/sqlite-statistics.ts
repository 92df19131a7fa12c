import { type Kysely, sql } from "kysely";
import type { Database } from "./database.js";
import { isPostgres } from "./executor.js";

/**
 * Refreshes SQLite's query-planner statistics where tables changed a lot. Without them SQLite
 * guesses, and picks e.g. the organization index over a primary-key lookup: a scorecard read then
 * scans the whole organization (about 120 ms at 20,000 scorecards instead of 0.2 ms).
 * PostgreSQL keeps its statistics itself (autovacuum), so this does nothing there.
 * Run at start, after bulk writes (imports, the demo company) and periodically.
 */
export async function refreshPlannerStatistics(db: Kysely<Database>): Promise<void> {
  if (isPostgres(db)) return;
  // 0x10002: also consider tables never analysed before, with a bounded analysis per table.
  await sql`PRAGMA optimize=0x10002`.execute(db);
}

/** Refreshes statistics every `everyMs` while the server runs; the timer never keeps the process alive. */
export function refreshPlannerStatisticsPeriodically(db: Kysely<Database>, everyMs = 3_600_000): () => void {
  const timer = setInterval(() => void refreshPlannerStatistics(db).catch(() => {}), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
