import fs from "node:fs";
import { serializeFrameworkYaml } from "@yardstick/core";
import type { Command } from "commander";
import { loadConfig } from "../config/config.js";
import { connectDatabase } from "../db/connect.js";
import type { Executor } from "../db/executor.js";
import { exportOrganizationDocument } from "../features/framework-document/framework-document.service.js";
import { resolveOrganization } from "./organization-option.js";

export interface ExportOptions {
  organization?: string | undefined;
  format: "yaml" | "json";
}

/** The organization's framework document as file text, in the chosen format. */
export async function runExport(db: Executor, options: ExportOptions): Promise<string> {
  const organization = await resolveOrganization(db, options.organization);
  const document = await exportOrganizationDocument(db, organization.id);
  return options.format === "json" ? `${JSON.stringify(document, null, 2)}\n` : serializeFrameworkYaml(document);
}

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("Write the organization's framework (settings, objectives, roles, KPIs, frameworks) as a file")
    .option("--organization <name|id>", "which organization (needed when there are several)")
    .option("--output <file>", "write to this file instead of standard output")
    .option("-f, --format <format>", "yaml or json", "yaml")
    .addHelpText("after", "\nReads the database configured by DATABASE_URL or YARDSTICK_DATA_DIR, like the server.")
    .action(async (options: { organization?: string; output?: string; format: string }) => {
      if (options.format !== "yaml" && options.format !== "json") {
        throw new Error(`--format must be yaml or json, got "${options.format}"`);
      }
      const database = connectDatabase(loadConfig());
      try {
        const text = await runExport(database.db, { organization: options.organization, format: options.format });
        if (options.output) {
          fs.writeFileSync(options.output, text);
          process.stderr.write(`Wrote ${options.output}\n`);
        } else {
          process.stdout.write(text);
        }
      } finally {
        await database.close();
      }
    });
}
