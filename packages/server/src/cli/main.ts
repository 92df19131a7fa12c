import { Command } from "commander";
import { loadConfig } from "../config/config.js";
import { connectDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrate.js";
import { startServer } from "../server.js";
import { registerDemoCommand } from "./demo.command.js";
import { registerExportCommand } from "./export.command.js";
import { registerImportCommand } from "./import.command.js";
import { registerLintCommand } from "./lint.command.js";
import { registerUserCommand } from "./user.command.js";

/** The `yardstick` command line. Each subcommand reads the same configuration as the server. */
export function buildCli(): Command {
  const program = new Command()
    .name("yardstick")
    .description("Yardstick: design role-based KPI frameworks and run them.")
    .showHelpAfterError();

  program
    .command("serve")
    .description("Start the web application and API (applies pending migrations first)")
    .option("-p, --port <port>", "port to listen on (default: $PORT or 3000)")
    .action(async (options: { port?: string }) => {
      const config = loadConfig({ ...process.env, ...(options.port ? { PORT: options.port } : {}) });
      await startServer(config);
    });

  program
    .command("migrate")
    .description("Apply pending database migrations and exit")
    .action(async () => {
      const database = connectDatabase(loadConfig());
      try {
        const result = await migrateToLatest(database.db);
        const applied = result.results?.filter((r) => r.status === "Success").map((r) => r.migrationName) ?? [];
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
      } finally {
        await database.close();
      }
    });

  registerLintCommand(program);
  registerExportCommand(program);
  registerImportCommand(program);
  registerUserCommand(program);
  registerDemoCommand(program);

  return program;
}

const isEntryPoint = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (isEntryPoint) {
  buildCli()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
