import fs from "node:fs";
import { parseFrameworkYaml } from "@yardstick/core";
import type { Command } from "commander";
import { loadConfig } from "../config/config.js";
import { connectDatabase } from "../db/connect.js";
import type { Executor } from "../db/executor.js";
import { type ImportResult, importDocument } from "../features/framework-document/framework-document.service.js";
import { HttpError } from "../http/http-errors.js";
import { resolveOrganization } from "./organization-option.js";

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

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("Import a framework file: records by key are created or updated, changed frameworks become drafts")
    .argument("<file>", "the framework file (YAML or JSON)")
    .option("--organization <name|id>", "which organization (needed when there are several)")
    .option("--dry-run", "only print what would change", false)
    .addHelpText(
      "after",
      "\nAll or nothing: one bad record and nothing is written. Published framework versions are never edited.",
    )
    .action(async (file: string, options: { organization?: string; dryRun: boolean }) => {
      const database = connectDatabase(loadConfig());
      try {
        const result = await runImport(database.db, file, options);
        process.stdout.write(formatImportResult(result));
      } finally {
        await database.close();
      }
    });
}
