import fs from "node:fs";
import { parseFrameworkYaml } from "@yardstick/core";
import type { Command } from "commander";
import { loadConfig } from "../config/config.js";
import { connectDatabase } from "../db/connect.js";
import type { Executor } from "../db/executor.js";
import { type ImportResult, importDocument } from "../features/framework-document/framework-document.service.js";
import { HttpError } from "../http/http-errors.js";
import { resolveOrganization } from "./organization-option.js";
import {
  askToCommit,
  formatTableImport,
  progressReporter,
  runTableImport,
  type TableImportOptions,
} from "./table-import.command.js";

export interface ImportCommandOptions {
  organization?: string | undefined;
  dryRun: boolean;
}

/** The change list as lines: "create kpi sales.win-rate", "update role x (title, description)". */
export function formatImportResult(result: ImportResult): string {
  const lines = result.changes.map(
    (c) => `${c.action.padEnd(9)} ${c.kind} ${c.key}${c.fields?.length ? ` (${c.fields.join(", ")})` : ""}`,
  );
  const count = (action: string) => result.changes.filter((c) => c.action === action).length;
  const errors = result.findings.filter((f) => f.severity === "error").length;
  lines.push(
    `${result.dryRun ? "Dry run, nothing written" : "Imported"}: ${count("create")} to create, ${count("update")} to update, ` +
      `${count("unchanged")} unchanged; lint: ${result.findings.length} finding(s), ${errors} error(s).`,
  );
  return `${lines.join("\n")}\n`;
}

/** Reads a framework file and imports it into the organization (all or nothing). */
export async function runImport(db: Executor, file: string, options: ImportCommandOptions): Promise<ImportResult> {
  const text = fs.readFileSync(file, "utf8");
  const parsed = parseFrameworkYaml(text);
  if (!parsed.ok) {
    const lines = parsed.errors.map(
      (e) =>
        `${file}${e.line !== undefined ? `:${e.line}:${e.column ?? 1}` : ""}: ${e.path ? `${e.path}: ` : ""}${e.message}`,
    );
    throw new Error(`Cannot parse ${file}:\n${lines.join("\n")}`);
  }
  const organization = await resolveOrganization(db, options.organization);
  try {
    return await importDocument(db, parsed.document, {
      organizationId: organization.id,
      userId: null,
      dryRun: options.dryRun,
    });
  } catch (error) {
    if (error instanceof HttpError && error.issues.length > 0) {
      const issues = error.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join("\n");
      throw new Error(`${error.message}\n${issues}`);
    }
    throw error;
  }
}

/** Framework documents are YAML or JSON; anything else is a table of measurements or people. */
export function isFrameworkFile(file: string): boolean {
  return /\.(ya?ml|json)$/i.test(file);
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "Import a framework file (YAML/JSON: records by key are created or updated) or a CSV/XLSX table of measurements or people",
    )
    .argument("<file>", "a framework file (.yaml, .yml, .json) or a table (.csv, .xlsx)")
    .option("--organization <name|id>", "which organization (needed when there are several)")
    .option("--dry-run", "only print what would change", false)
    .option("--kind <kind>", "tables: measurements or people (default: guessed from the headers)")
    .option("--mapping <file>", "tables: a JSON column mapping")
    .option("--source <name>", "tables: apply the mapping saved for this source")
    .option("--save-mapping-as <name>", "tables: save the mapping used under this source name")
    .option("--sheet <name>", "XLSX: the sheet to read (default: the first)")
    .option("-y, --yes", "tables: write without asking", false)
    .addHelpText(
      "after",
      "\nAll or nothing: one bad record or row and nothing is written. Published framework versions are never edited.\n" +
        "Tables: every problem is listed by row and column; the same rows imported again change nothing.",
    )
    .action(async (file: string, options: TableImportOptions & { dryRun: boolean }) => {
      const database = connectDatabase(loadConfig());
      try {
        if (isFrameworkFile(file)) {
          const result = await runImport(database.db, file, options);
          process.stdout.write(formatImportResult(result));
          return;
        }
        if (!options.yes && !options.dryRun && !process.stdin.isTTY) {
          throw new Error("Pass --yes to import without a question (or --dry-run to only check the file).");
        }
        const progress = progressReporter();
        let outcome: Awaited<ReturnType<typeof runTableImport>>;
        try {
          outcome = await runTableImport(database.db, file, options, {
            progress: progress.report,
            log: (line) => process.stderr.write(`${line}\n`),
            ...(options.yes || options.dryRun ? {} : { confirm: askToCommit }),
          });
        } finally {
          progress.stop();
        }
        process.stdout.write(formatTableImport(outcome, options.dryRun));
        if (outcome.problemCount > 0 || outcome.mappingIssues.length > 0) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
