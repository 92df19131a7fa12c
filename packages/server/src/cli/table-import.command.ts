import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import cliProgress from "cli-progress";
import type { Executor } from "../db/executor.js";
import type { ImportOutcome, ImportProgress } from "../features/imports/import-pipeline.service.js";
import { commitImport, previewImport, startRun } from "../features/imports/imports.service.js";
import { type ColumnMapping, columnMappingSchema } from "../features/imports/mapping/column-mapping.schema.js";
import { HttpError } from "../http/http-errors.js";
import { resolveOrganization } from "./organization-option.js";

export interface TableImportOptions {
  organization?: string | undefined;
  kind?: string | undefined;
  mapping?: string | undefined;
  source?: string | undefined;
  sheet?: string | undefined;
  saveMappingAs?: string | undefined;
  dryRun: boolean;
  yes: boolean;
}

/** Problems shown on the terminal; the rest are counted. */
const SHOWN_PROBLEMS = 50;

function readMapping(file: string): ColumnMapping {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`--mapping ${file}: not a JSON file (${error instanceof Error ? error.message : error})`);
  }
  const parsed = columnMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(mapping)"}: ${i.message}`).join("\n");
    throw new Error(`--mapping ${file} is not a column mapping:\n${issues}`);
  }
  return parsed.data;
}

/** Progress on stderr: a bar on a terminal, a line per 10% otherwise (logs, pipes, CI). */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: "{phase} [{bar}] {percentage}% | {rows} rows", stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      report(p: ImportProgress) {
        if (!started) {
          bar.start(100, 0, { phase: "Reading", rows: 0 });
          started = true;
        }
        const percent =
          p.phase === "reading"
            ? p.bytesTotal > 0
              ? Math.floor((p.bytesRead / p.bytesTotal) * 100)
              : 0
            : p.total
              ? Math.floor((p.rows / p.total) * 100)
              : 100;
        bar.update(percent, { phase: p.phase === "reading" ? "Reading" : "Writing", rows: p.rows });
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  let lastTenth = -1;
  let lastWriteTenth = -1;
  return {
    report(p: ImportProgress) {
      if (p.phase === "writing") {
        const tenth = p.total ? Math.floor((p.rows / p.total) * 10) : 0;
        if (tenth > lastWriteTenth) {
          lastWriteTenth = tenth;
          stream.write(`Wrote ${tenth * 10}% (${p.rows.toLocaleString("en-US")} values, one transaction)\n`);
        }
        return;
      }
      if (p.bytesTotal <= 0) return;
      const percent = Math.floor((p.bytesRead / p.bytesTotal) * 100);
      if (Math.floor(percent / 10) > lastTenth) {
        lastTenth = Math.floor(percent / 10);
        stream.write(`Read ${percent}% (${p.rows.toLocaleString("en-US")} rows)\n`);
      }
    },
    stop: () => {},
  };
}

/** The problems and the counts, as the terminal shows them. */
export function formatTableImport(outcome: ImportOutcome, dryRun: boolean): string {
  const lines: string[] = [];
  for (const issue of outcome.mappingIssues) lines.push(`mapping: ${issue}`);
  for (const p of outcome.problems.slice(0, SHOWN_PROBLEMS)) lines.push(p.message);
  if (outcome.problemCount > SHOWN_PROBLEMS) {
    lines.push(`... and ${(outcome.problemCount - SHOWN_PROBLEMS).toLocaleString("en-US")} more problem(s).`);
  }
  const what = outcome.kind === "people" ? "people" : "values";
  const counts = `${outcome.added} added, ${outcome.changed} changed, ${outcome.unchanged} unchanged`;
  if (outcome.committed) lines.push(`Imported ${outcome.rowsTotal} rows of ${what}: ${counts}.`);
  else if (outcome.problemCount > 0 || outcome.mappingIssues.length > 0) {
    lines.push(`${outcome.problemCount} problem(s) in ${outcome.rowsTotal} rows; nothing was written.`);
  } else if (dryRun) lines.push(`Dry run, nothing written: ${outcome.rowsTotal} rows of ${what} would give ${counts}.`);
  return `${lines.join("\n")}\n`;
}

/**
 * `yardstick import <file.csv|xlsx>`: the same pipeline as the web page and the API, as the
 * organization's administrator (no user). Returns the outcome; throws on a file or mapping error.
 */
export async function runTableImport(
  db: Executor,
  file: string,
  options: TableImportOptions,
  io: {
    progress?: (p: ImportProgress) => void;
    confirm?: (outcome: ImportOutcome) => Promise<boolean>;
    log?: (line: string) => void;
  } = {},
): Promise<ImportOutcome> {
  if (options.kind !== undefined && options.kind !== "measurements" && options.kind !== "people") {
    throw new Error(`--kind must be measurements or people, got "${options.kind}"`);
  }
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  const organization = await resolveOrganization(db, options.organization);
  const caller = { organizationId: organization.id, userId: null, role: "admin" as const };
  const ref = { path: file, fileName: path.basename(file), size: fs.statSync(file).size };
  const importOptions = {
    kind: options.kind as "measurements" | "people" | undefined,
    mapping: options.mapping ? readMapping(options.mapping) : undefined,
    source: options.source,
    sheet: options.sheet,
    onProgress: io.progress,
  };
  try {
    if (options.dryRun || io.confirm) {
      const preview = await previewImport(db, caller, ref, importOptions);
      if (preview.kindGuessed) io.log?.(`Importing ${preview.kind} (guessed from the headers; use --kind to choose).`);
      if (options.dryRun || preview.problemCount > 0 || preview.mappingIssues.length > 0 || !preview.mapping)
        return preview;
      if (io.confirm && !(await io.confirm(preview))) return preview;
    }
    const runId = await startRun(db, caller, ref, importOptions.kind ?? importOptions.mapping?.kind);
    return await commitImport(db, caller, ref, { ...importOptions, runId, saveMappingAs: options.saveMappingAs });
  } catch (error) {
    if (error instanceof HttpError && error.issues.length > 0 && error.issues[0]?.message !== error.message) {
      throw new Error(`${error.message}\n${error.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
    }
    throw error;
  }
}

/** Asks on the terminal before writing; `--yes` skips the question. */
export async function askToCommit(outcome: ImportOutcome): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(
      `Write ${outcome.rowsTotal} rows (${outcome.added} added, ${outcome.changed} changed, ${outcome.unchanged} unchanged)? [y/N] `,
    );
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
