import fs from "node:fs";
import type { Writable } from "node:stream";
import { serializeFrameworkYaml } from "@yardstick/core";
import type { Command } from "commander";
import { loadConfig } from "../config/config.js";
import { connectDatabase } from "../db/connect.js";
import type { Executor } from "../db/executor.js";
import { findCycleByIdOrName } from "../features/exports/exports.repository.js";
import { type ExportKind, exportTable } from "../features/exports/exports.service.js";
import { type ExportFormat, writeTable } from "../features/exports/write-table.js";
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

export interface TableExportOptions {
  organization?: string | undefined;
  cycle?: string | undefined;
  format: ExportFormat;
}

/** Writes a people, measurement or scorecard table of the whole organization to `out` (CSV or XLSX). */
export async function runTableExport(
  db: Executor,
  kind: ExportKind,
  options: TableExportOptions,
  out: Writable,
): Promise<void> {
  const organization = await resolveOrganization(db, options.organization);
  let cycleId: string | undefined;
  if (kind !== "people") {
    if (!options.cycle) throw new Error(`--cycle <id|name> is needed to export ${kind}.`);
    const cycle = await findCycleByIdOrName(db, organization.id, options.cycle);
    if (!cycle) throw new Error(`No review cycle with id or name "${options.cycle}".`);
    cycleId = cycle.id;
  }
  const table = await exportTable(db, organization.id, { all: true }, kind, cycleId);
  await writeTable(table.rows, table.columns, options.format, out);
}

const TABLES = ["people", "measurements", "scorecards"] as const;

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description(
      "Write the organization's framework (settings, objectives, roles, KPIs, frameworks) as a file, " +
        "or a people / measurements / scorecards table as CSV or XLSX",
    )
    .argument("[table]", "people, measurements or scorecards (leave out for the framework)")
    .option("--organization <name|id>", "which organization (needed when there are several)")
    .option("--cycle <id|name>", "measurements and scorecards: the review cycle")
    .option("--output <file>", "write to this file instead of standard output")
    .option("-f, --format <format>", "framework: yaml or json (default yaml); tables: csv or xlsx (default csv)")
    .addHelpText("after", "\nReads the database configured by DATABASE_URL or YARDSTICK_DATA_DIR, like the server.")
    .action(
      async (
        tableArg: string | undefined,
        options: { organization?: string; output?: string; format?: string; cycle?: string },
      ) => {
        if (tableArg !== undefined) {
          if (!(TABLES as readonly string[]).includes(tableArg)) {
            throw new Error(`Unknown table "${tableArg}": use people, measurements or scorecards.`);
          }
          const format = options.format ?? "csv";
          if (format !== "csv" && format !== "xlsx") throw new Error(`--format must be csv or xlsx, got "${format}"`);
          if (format === "xlsx" && !options.output) throw new Error("--output <file> is needed for xlsx.");
          const database = connectDatabase(loadConfig());
          try {
            const out = options.output ? fs.createWriteStream(options.output) : process.stdout;
            await runTableExport(database.db, tableArg as ExportKind, { ...options, format }, out);
            if (options.output) process.stderr.write(`Wrote ${options.output}\n`);
          } finally {
            await database.close();
          }
          return;
        }
        options.format ??= "yaml";
        if (options.format !== "yaml" && options.format !== "json") {
          throw new Error(`--format must be yaml or json, got "${options.format}"`);
        }
        const database = connectDatabase(loadConfig());
        try {
          const text = await runExport(database.db, {
            organization: options.organization,
            format: options.format as "yaml" | "json",
          });
          if (options.output) {
            fs.writeFileSync(options.output, text);
            process.stderr.write(`Wrote ${options.output}\n`);
          } else {
            process.stdout.write(text);
          }
        } finally {
          await database.close();
        }
      },
    );
}
