import type { Command } from "commander";
import { loadConfig } from "../config/config.js";
import { connectDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrate.js";
import { createDemoOrganization, DEMO_FIXED_PASSWORD, type DemoResult } from "../features/demo/demo.service.js";
import { HttpError } from "../http/http-errors.js";

export interface DemoCommandIo {
  env?: NodeJS.ProcessEnv;
  stdout?: { write(text: string): unknown };
}

interface DemoCommandOptions {
  password: boolean;
  dataDir?: string;
  forceNewOrganization: boolean;
}

/** The console summary: what was made and how to sign in. */
export function describeDemo(result: DemoResult, fixedPassword: boolean): string {
  const lines = [
    `Created "${result.organizationName}": ${result.people} people, ${result.cycles.length} quarterly cycles.`,
    ...result.cycles.map(
      (c) => `  ${c.name} (${c.status}): ${c.scorecards} scorecards, ${c.values.toLocaleString("en")} values`,
    ),
    "",
    "Sign in with any of these demo accounts:",
    ...result.logins.map((l) => `  ${l.role.padEnd(9)} ${l.email.padEnd(32)} password: ${l.password}`),
    "",
    fixedPassword
      ? `The password is the documented demo password "${DEMO_FIXED_PASSWORD}": use this instance for trying things out only.`
      : "The password was generated for this instance; it is shown only now.",
  ];
  return `${lines.join("\n")}\n`;
}

/** `yardstick demo`: the sample company, for a first look or a demo. */
export function registerDemoCommand(program: Command, io: DemoCommandIo = {}): void {
  const stdout = io.stdout ?? process.stdout;
  program
    .command("demo")
    .description(
      "Create the sample company Northwind Demo (~60 people, starter frameworks, four quarters of history) and print its logins",
    )
    .option("--password", `use the documented password "${DEMO_FIXED_PASSWORD}" instead of a random one`, false)
    .option("--data-dir <dir>", "SQLite data directory (default: $YARDSTICK_DATA_DIR or ./data)")
    .option(
      "--force-new-organization",
      "add the demo as another organization even though the instance has users",
      false,
    )
    .action(async (options: DemoCommandOptions) => {
      const env = io.env ?? process.env;
      const config = loadConfig({ ...env, ...(options.dataDir ? { YARDSTICK_DATA_DIR: options.dataDir } : {}) });
      const database = connectDatabase(config);
      try {
        await migrateToLatest(database.db);
        const result = await createDemoOrganization(database.db, {
          fixedPassword: options.password,
          forceNewOrganization: options.forceNewOrganization,
          log: (line) => stdout.write(`${line}\n`),
        });
        stdout.write(describeDemo(result, options.password));
      } catch (error) {
        // The service's 409 reads as a sentence; the CLI shows it without a stack.
        if (error instanceof HttpError) throw new Error(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
}
