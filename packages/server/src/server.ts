import { buildApp } from "./app.js";
import type { AppConfig } from "./config/config.js";
import { connectDatabase } from "./db/connect.js";
import { migrateToLatest } from "./db/migrate.js";
import { refreshPlannerStatistics, refreshPlannerStatisticsPeriodically } from "./db/sqlite-statistics.js";

/** Opens the database, applies pending migrations, and listens until SIGINT/SIGTERM. */
export async function startServer(config: AppConfig): Promise<void> {
  const database = connectDatabase(config);
  await migrateToLatest(database.db);
  await refreshPlannerStatistics(database.db);
  const stopRefreshing = refreshPlannerStatisticsPeriodically(database.db);
  const app = await buildApp({ config, database });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} received, shutting down`);
    stopRefreshing();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  await app.listen({ port: config.port, host: config.host });
  const where = database.dialect === "sqlite" ? `SQLite in ${config.dataDir}` : "PostgreSQL";
  app.log.info(`Yardstick is running on http://localhost:${config.port} (database: ${where}); API docs at /api/docs`);
}
