import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { ImportKind, MembershipRole } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { refreshPlannerStatistics } from "../../db/sqlite-statistics.js";
import { badRequest } from "../../http/http-errors.js";
import { type BulkMeasurement, type BulkRefusal, MeasurementBulkWriter } from "../measurements/measurements.bulk.js";
import { databaseMeasurementResolver } from "./db-measurement.resolver.js";
import { databasePeopleResolver } from "./db-people.resolver.js";
import { withImportTransaction } from "./import-transaction.js";
import { findSourceByName, listKpiLabels } from "./imports.repository.js";
import { type AppliedMapping, applySavedMapping, type MissingColumn } from "./mapping/apply-saved-mapping.js";
import { type ColumnMapping, columnMappingSchema } from "./mapping/column-mapping.schema.js";
import { type MappingSuggestion, suggestMapping } from "./mapping/suggest-mapping.js";
import { writePeople } from "./people-import.writer.js";
import { isImportFileError } from "./reading/import-file.error.js";
import { openTable } from "./reading/open-table.js";
import type { OpenedTable, TableFormat, TableRow, TableWarning } from "./reading/table.types.js";
import { InvalidMappingError } from "./validation/invalid-mapping.error.js";
import { decimalStyleFor } from "./validation/number-cell.parse.js";
import { type RowProblem, rowProblem } from "./validation/row-problem.js";
import { validateMeasurementRows } from "./validation/validate-measurements.js";
import { type PersonRecord, validatePeopleRows } from "./validation/validate-people.js";
import { readSpillLine, spillLine } from "./value-spill.js";

/** Who imports: a member (hr/admin, checked by the route) or the command line (no user). */
export interface ImportCaller {
  organizationId: string;
  userId: string | null;
  role: MembershipRole;
}

/** A file on disk: an upload kept under the data directory, or the CLI's argument. */
export interface ImportFileRef {
  path: string;
  /** The name the person gave the file, for messages. */
  fileName: string;
}

export interface ImportProgress {
  phase: "reading" | "writing";
  /** Reading: rows read; writing: values written so far. */
  rows: number;
  /** Writing: the number of values to write. */
  total?: number;
  bytesRead: number;
  bytesTotal: number;
}

export interface ImportOptions {
  kind?: ImportKind | undefined;
  mapping?: ColumnMapping | undefined;
  /** A saved source whose mapping is applied when no mapping is given. */
  source?: string | undefined;
  sheet?: string | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

export interface ImportOutcome {
  kind: ImportKind;
  /** True when the kind was not given and was guessed from the headers. */
  kindGuessed: boolean;
  format: TableFormat;
  sheet: string | null;
  sheets: string[];
  headers: string[];
  suggestion: MappingSuggestion;
  /** The mapping used (given, saved or suggested); null when none is complete yet. */
  mapping: ColumnMapping | null;
  /** Why the mapping is not usable yet (columns a saved mapping reads that the file lacks, fields not found). */
  mappingIssues: string[];
  sourceId: string | null;
  /** The first data rows as read, for the mapping screen. */
  sample: { row: number; cells: string[] }[];
  rowsTotal: number;
  /** Values (measurements) or people that are, or would be, new / corrected / the same as stored. */
  added: number;
  changed: number;
  unchanged: number;
  problemCount: number;
  /** The first problems by row and column (capped at MAX_LISTED_PROBLEMS). */
  problems: RowProblem[];
  warnings: TableWarning[];
  committed: boolean;
}

export const MAX_LISTED_PROBLEMS = 1000;
const SAMPLE_ROWS = 20;
/** Values checked and written together: one slot query and a few multi-row statements each. */
const BATCH = 2000;

/** Turns the reading and mapping layers' errors into 400s with their message as is. */
export function asHttpError(error: unknown): unknown {
  if (isImportFileError(error)) return badRequest(error.message, [{ path: "file", message: error.message }]);
  if (error instanceof InvalidMappingError) {
    return badRequest(error.message, [{ path: "mapping", message: error.message }]);
  }
  return error;
}

async function open(file: ImportFileRef, sheet: string | undefined): Promise<OpenedTable> {
  try {
    return await openTable({ path: file.path, fileName: file.fileName }, { sheet });
  } catch (error) {
    throw asHttpError(error);
  }
}

class ProblemList {
  readonly items: RowProblem[] = [];
  count = 0;
  add(problem: RowProblem): void {
    this.count += 1;
    if (this.items.length < MAX_LISTED_PROBLEMS) this.items.push(problem);
  }
}

function refusalProblem(r: BulkRefusal): RowProblem {
  const code = r.field === "value" ? "value-out-of-range" : r.field === "kpi" ? "kpi-not-on-scorecard" : "not-allowed";
  return rowProblem(r.row, null, code, r.message);
}

interface Plan {
  outcome: ImportOutcome;
  table: OpenedTable;
}

/** Opens the file and settles kind and mapping: what every preview and commit starts with. */
async function plan(db: Executor, caller: ImportCaller, file: ImportFileRef, options: ImportOptions): Promise<Plan> {
  const table = await open(file, options.sheet);
  try {
    const kpis = await listKpiLabels(db, caller.organizationId);
    let kind = options.kind ?? options.mapping?.kind;
    let saved: { id: string; applied: AppliedMapping } | null = null;
    if (options.source !== undefined) {
      const source = await findSourceByName(db, caller.organizationId, options.source);
      if (!source) {
        throw badRequest(
          `source: there is no saved mapping named "${options.source}". Save one first or leave source out.`,
          [{ path: "source", message: "no saved mapping with this name" }],
        );
      }
      if (kind !== undefined && source.kind !== kind) {
        throw badRequest(`source: "${source.name}" is a mapping for ${source.kind}, not ${kind}.`, [
          { path: "source", message: `a mapping for ${source.kind}` },
        ]);
      }
      kind = source.kind;
      saved = {
        id: source.id,
        applied: applySavedMapping(table.headers, columnMappingSchema.parse(JSON.parse(source.mapping))),
      };
    }
    let kindGuessed = false;
    let suggestion: MappingSuggestion;
    if (kind === undefined) {
      kindGuessed = true;
      const asMeasurements = suggestMapping(table.headers, { kpis, kind: "measurements" });
      const asPeople = suggestMapping(table.headers, { kpis, kind: "people" });
      const people = asPeople.mapping !== null && asMeasurements.mapping === null;
      kind = people ? "people" : "measurements";
      suggestion = people ? asPeople : asMeasurements;
    } else {
      suggestion = suggestMapping(table.headers, { kpis, kind });
    }
    if (options.mapping && options.mapping.kind !== kind) {
      throw badRequest(`mapping: a ${options.mapping.kind} mapping cannot import ${kind}.`, [
        { path: "mapping.kind", message: `must be ${kind}` },
      ]);
    }
    const mapping = options.mapping ?? saved?.applied.mapping ?? suggestion.mapping;
    const mappingIssues: string[] = [];
    if (!options.mapping && saved) mappingIssues.push(...saved.applied.missing.map((m: MissingColumn) => m.message));
    if (!mapping) mappingIssues.push(...suggestion.missing);
    return {
      table,
      outcome: {
        kind,
        kindGuessed,
        format: table.format,
        sheet: table.sheet ?? null,
        sheets: table.sheets ?? [],
        headers: table.headers,
        suggestion,
        mapping: mapping ?? null,
        mappingIssues,
        sourceId: saved?.id ?? null,
        sample: [],
        rowsTotal: 0,
        added: 0,
        changed: 0,
        unchanged: 0,
        problemCount: 0,
        problems: [],
        warnings: [],
        committed: false,
      },
    };
  } catch (error) {
    table.close();
    throw error;
  }
}

/** Counts rows, keeps the first few for the preview and reports progress as rows stream by. */
async function* tap(table: OpenedTable, outcome: ImportOutcome, options: ImportOptions): AsyncGenerator<TableRow> {
  let lastReport = 0;
  try {
    for await (const row of table.rows) {
      outcome.rowsTotal += 1;
      if (outcome.sample.length < SAMPLE_ROWS) outcome.sample.push({ row: row.rowNumber, cells: [...row.cells] });
      if (options.onProgress && outcome.rowsTotal - lastReport >= 1000) {
        lastReport = outcome.rowsTotal;
        options.onProgress({
          phase: "reading",
          rows: outcome.rowsTotal,
          bytesRead: table.bytesRead(),
          bytesTotal: table.bytesTotal ?? 0,
        });
      }
      yield row;
    }
  } catch (error) {
    throw asHttpError(error);
  }
}

function toBulk(record: {
  row: number;
  scorecardId: string;
  kpiKey: string;
  subPeriodKey: string;
  measuredOn: string;
  value: number;
  comment: string | null;
}): BulkMeasurement {
  return {
    row: record.row,
    scorecardId: record.scorecardId,
    kpi: record.kpiKey,
    period: record.subPeriodKey,
    measuredOn: record.measuredOn,
    value: record.value,
    comment: record.comment,
  };
}

/**
 * Measurements, first pass (outside any transaction, so other requests are served meanwhile):
 * validate every row and check the write rules; a preview also counts new / corrected / same
 * values; a commit spills the good values to a temporary file for the second pass.
 */
async function checkMeasurements(
  db: Executor,
  caller: ImportCaller,
  p: Plan,
  options: ImportOptions,
  problems: ProblemList,
  spill: NodeJS.WritableStream | null,
): Promise<{ values: number; writer: MeasurementBulkWriter | null }> {
  const { table, outcome } = p;
  if (!outcome.mapping || outcome.mapping.kind === "people") return { values: 0, writer: null };
  let values = 0;
  const resolver = databaseMeasurementResolver(db, caller.organizationId);
  const writer = new MeasurementBulkWriter(db, caller, "import", { knownCard: resolver.knownCard });
  const decimalStyle = decimalStyleFor("auto", { format: table.format, delimiter: table.delimiter });
  let batch: BulkMeasurement[] = [];
  const flush = async () => {
    const refusals = await writer.add(batch, { mode: spill ? "check" : "classify" });
    for (const r of refusals) problems.add(refusalProblem(r));
    batch = [];
  };
  try {
    const rows = tap(table, outcome, options);
    for await (const result of validateMeasurementRows(rows, table.headers, outcome.mapping, resolver, {
      decimalStyle,
    })) {
      if (result.type === "problem") {
        problems.add(result);
        continue;
      }
      const bulk = toBulk(result);
      batch.push(bulk);
      values += 1;
      if (spill && !spill.write(spillLine(bulk))) await once(spill, "drain");
      if (batch.length >= BATCH) await flush();
    }
  } catch (error) {
    throw asHttpError(error);
  }
  if (batch.length > 0) await flush();
  const counts = writer.counts();
  outcome.added = counts.created;
  outcome.changed = counts.corrected;
  outcome.unchanged = counts.unchanged;
  return { values, writer };
}

/**
 * Measurements, second pass: every spilled value written in one transaction (on SQLite through
 * prepared statements, on a connection of its own: see withImportTransaction), scores recomputed once.
 */
async function writeMeasurements(
  db: Executor,
  caller: ImportCaller,
  spillPath: string,
  total: number,
  outcome: ImportOutcome,
  options: ImportOptions,
  problems: ProblemList,
  inTransaction: (trx: Executor, outcome: ImportOutcome) => Promise<void>,
  checked: MeasurementBulkWriter | null,
): Promise<boolean> {
  return withImportTransaction(db, async (trx, sqlite) => {
    const writer = new MeasurementBulkWriter(trx, caller, "import", { sqlite, knownCard: checked?.knownCard });
    const lines = createInterface({ input: createReadStream(spillPath), crlfDelay: Number.POSITIVE_INFINITY });
    let batch: BulkMeasurement[] = [];
    let written = 0;
    const flush = async () => {
      for (const r of await writer.add(batch)) problems.add(refusalProblem(r));
      written += batch.length;
      options.onProgress?.({ phase: "writing", rows: written, total, bytesRead: 0, bytesTotal: 0 });
      batch = [];
    };
    for await (const line of lines) {
      if (line === "") continue;
      batch.push(readSpillLine(line));
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    // Something changed between the passes (a cycle closed, a scorecard ended): nothing is kept.
    if (problems.count > 0) throw new RollBack();
    const totals = await writer.finish();
    outcome.added = totals.created;
    outcome.changed = totals.corrected;
    outcome.unchanged = totals.unchanged;
    await inTransaction(trx, outcome);
    return true;
  });
}

/** Thrown inside a transaction to undo it on purpose (a preview, or problems found while writing). */
class RollBack extends Error {
  constructor() {
    super("rolled back on purpose");
  }
}

async function withRollBack(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
}

async function runPeople(
  db: Executor,
  caller: ImportCaller,
  p: Plan,
  options: ImportOptions,
  problems: ProblemList,
  commit: boolean,
  inTransaction: (trx: Executor, outcome: ImportOutcome) => Promise<void>,
): Promise<void> {
  const { table, outcome } = p;
  if (outcome.mapping?.kind !== "people") return;
  const records: PersonRecord[] = [];
  try {
    for await (const result of validatePeopleRows(
      tap(table, outcome, options),
      table.headers,
      outcome.mapping,
      databasePeopleResolver(db, caller.organizationId),
    )) {
      if (result.type === "problem") problems.add(result);
      else records.push(result);
    }
  } catch (error) {
    throw asHttpError(error);
  }
  if (problems.count > 0) return;
  // A preview writes too, then undoes it: the counts are exactly what a commit would do.
  await withRollBack(() =>
    db.transaction().execute(async (trx) => {
      const totals = await writePeople(trx, caller.organizationId, records);
      outcome.added = totals.added;
      outcome.changed = totals.changed;
      outcome.unchanged = totals.unchanged;
      if (!commit) throw new RollBack();
      await inTransaction(trx, outcome);
      outcome.committed = true;
    }),
  );
}

/**
 * The one import path for the page, the API and the CLI. Reads the file (CSV or XLSX, streamed),
 * settles kind and mapping (given, saved for the source, or suggested), validates every row and
 * lists every problem by row and column. With `commit`, and only when there is no problem at all,
 * writes everything in one transaction (measurements: set-based, scores recomputed once at the end;
 * people: upserts by employee number, managers resolved in a second pass) and runs `inTransaction`
 * in that same transaction (to save the mapping). Otherwise nothing is written.
 */
export async function runImportPipeline(
  db: Executor,
  caller: ImportCaller,
  file: ImportFileRef,
  options: ImportOptions & {
    commit: boolean;
    inTransaction?: (trx: Executor, outcome: ImportOutcome) => Promise<void>;
  },
): Promise<ImportOutcome> {
  const p = await plan(db, caller, file, options);
  const { outcome, table } = p;
  const problems = new ProblemList();
  const inTransaction = options.inTransaction ?? (async () => {});
  let spillDir: string | null = null;
  try {
    if (!outcome.mapping || outcome.mappingIssues.length > 0) {
      if (options.commit) {
        const why = outcome.mappingIssues.join(" ") || "Choose which column holds what.";
        throw badRequest(`mapping: the file cannot be imported with this mapping yet. ${why}`, [
          { path: "mapping", message: why },
        ]);
      }
      return outcome;
    }
    if (outcome.kind === "people") {
      await runPeople(db, caller, p, options, problems, options.commit, inTransaction);
    } else {
      let spill: ReturnType<typeof createWriteStream> | null = null;
      let spillPath = "";
      let checked: Awaited<ReturnType<typeof checkMeasurements>> = { values: 0, writer: null };
      if (options.commit) {
        spillDir = await mkdtemp(join(tmpdir(), "yardstick-import-"));
        spillPath = join(spillDir, "values.tsv");
        spill = createWriteStream(spillPath);
      }
      try {
        checked = await checkMeasurements(db, caller, p, options, problems, spill);
      } finally {
        if (spill) {
          spill.end();
          await once(spill, "close");
        }
      }
      if (options.commit && problems.count === 0) {
        await withRollBack(async () => {
          outcome.committed = await writeMeasurements(
            db,
            caller,
            spillPath,
            checked.values,
            outcome,
            options,
            problems,
            inTransaction,
            checked.writer,
          );
        });
        // A large import changes the measurement tables enough to mislead SQLite's planner.
        if (outcome.committed) await refreshPlannerStatistics(db);
      }
    }
    outcome.warnings = table.warnings();
    outcome.problemCount = problems.count;
    outcome.problems = problems.items;
    if (options.commit && !outcome.committed) {
      outcome.added = 0;
      outcome.changed = 0;
      outcome.unchanged = 0;
    }
    return outcome;
  } finally {
    table.close();
    if (spillDir) await rm(spillDir, { recursive: true, force: true });
  }
}

/** Headers, sheets, guessed kind and the suggested mapping of a file, without reading its rows. */
export async function inspectImportFile(
  db: Executor,
  caller: ImportCaller,
  file: ImportFileRef,
  options: Pick<ImportOptions, "kind" | "sheet">,
): Promise<ImportOutcome> {
  const p = await plan(db, caller, file, options);
  p.table.close();
  return p.outcome;
}
