import type { ImportKind } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { badRequest, conflict, notFound } from "../../http/http-errors.js";
import {
  type ImportCaller,
  type ImportFileRef,
  type ImportOptions,
  type ImportOutcome,
  runImportPipeline,
} from "./import-pipeline.service.js";
import {
  deleteSource,
  findRun,
  findSource,
  findSourceByName,
  insertRun,
  insertSource,
  listRuns,
  listSources,
  type RunRow,
  updateRun,
  updateSource,
} from "./imports.repository.js";
import type { ColumnMapping } from "./mapping/column-mapping.schema.js";

export interface ImportFileInfo extends ImportFileRef {
  size: number;
}

/** Saves (creates or replaces) the mapping for a named source. */
async function saveMapping(
  db: Executor,
  organizationId: string,
  name: string,
  mapping: ColumnMapping,
): Promise<string> {
  const now = nowIso();
  const existing = await findSourceByName(db, organizationId, name);
  if (existing) {
    await updateSource(db, organizationId, existing.id, {
      kind: mapping.kind,
      mapping: JSON.stringify(mapping),
      updated_at: now,
    });
    return existing.id;
  }
  const id = newId();
  await insertSource(db, {
    id,
    organization_id: organizationId,
    name: name.trim(),
    kind: mapping.kind,
    mapping: JSON.stringify(mapping),
    created_at: now,
    updated_at: now,
  });
  return id;
}

/** A dry run: everything a commit would check and count, nothing written; recorded in the history as previewed. */
export async function previewImport(
  db: Executor,
  caller: ImportCaller,
  file: ImportFileInfo,
  options: ImportOptions,
): Promise<ImportOutcome & { runId: string }> {
  const startedAt = nowIso();
  const outcome = await runImportPipeline(db, caller, file, { ...options, commit: false });
  const runId = newId();
  await insertRun(db, {
    id: runId,
    organization_id: caller.organizationId,
    source_id: outcome.sourceId,
    kind: outcome.kind,
    file_name: file.fileName,
    file_size: file.size,
    format: outcome.format,
    user_id: caller.userId,
    started_at: startedAt,
    finished_at: nowIso(),
    status: "previewed",
    ...counts(outcome),
    problems: JSON.stringify(outcome.problems),
    error_message: null,
  });
  return { ...outcome, runId };
}

function counts(outcome: ImportOutcome) {
  return {
    rows_total: outcome.rowsTotal,
    rows_added: outcome.added,
    rows_changed: outcome.changed,
    rows_unchanged: outcome.unchanged,
    rows_problems: outcome.problemCount,
  };
}

/** Records a commit about to run (status running), so the history and the progress bar can show it at once. */
export async function startRun(
  db: Executor,
  caller: ImportCaller,
  file: ImportFileInfo,
  kind: ImportKind | undefined,
): Promise<string> {
  const id = newId();
  await insertRun(db, {
    id,
    organization_id: caller.organizationId,
    source_id: null,
    kind: kind ?? "measurements",
    file_name: file.fileName,
    file_size: file.size,
    format: "",
    user_id: caller.userId,
    started_at: nowIso(),
    finished_at: null,
    status: "running",
    rows_total: 0,
    rows_added: 0,
    rows_changed: 0,
    rows_unchanged: 0,
    rows_problems: 0,
    problems: "[]",
    error_message: null,
  });
  return id;
}

/**
 * Commits a file: all rows or none. Any problem (or any error) leaves the database as it was and
 * marks the run failed with the problems; success marks it committed with the counts and, with
 * `saveMappingAs`, saves the mapping for that source in the same transaction.
 */
export async function commitImport(
  db: Executor,
  caller: ImportCaller,
  file: ImportFileInfo,
  options: ImportOptions & { runId: string; saveMappingAs?: string | undefined },
): Promise<ImportOutcome> {
  const org = caller.organizationId;
  let savedSourceId: string | null = null;
  try {
    const outcome = await runImportPipeline(db, caller, file, {
      ...options,
      commit: true,
      inTransaction: async (trx, done) => {
        const name = options.saveMappingAs?.trim();
        if (name && done.mapping) savedSourceId = await saveMapping(trx, org, name, done.mapping);
      },
    });
    await updateRun(db, org, options.runId, {
      kind: outcome.kind,
      format: outcome.format,
      source_id: savedSourceId ?? outcome.sourceId,
      finished_at: nowIso(),
      status: outcome.committed ? "committed" : "failed",
      ...counts(outcome),
      problems: JSON.stringify(outcome.problems),
      error_message: outcome.committed
        ? null
        : `${outcome.problemCount} problem(s) found; nothing was written. Fix them and import again.`,
    });
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await updateRun(db, org, options.runId, {
      finished_at: nowIso(),
      status: "failed",
      error_message: `${message} Nothing was written.`,
    });
    throw error;
  }
}

export async function listImportRuns(db: Executor, organizationId: string, kind: ImportKind | undefined) {
  return listRuns(db, organizationId, { ...(kind ? { kind } : {}), limit: 200 });
}

export async function getImportRun(db: Executor, organizationId: string, id: string): Promise<RunRow> {
  const run = await findRun(db, organizationId, id);
  if (!run) throw notFound("Import run");
  return run;
}

export async function listImportSources(db: Executor, organizationId: string) {
  return listSources(db, organizationId);
}

/** Creates or replaces the saved mapping of a source by name. */
export async function putImportSource(db: Executor, organizationId: string, name: string, mapping: ColumnMapping) {
  const trimmed = name.trim();
  if (trimmed === "") throw badRequest("name: give the source a name.", [{ path: "name", message: "is empty" }]);
  const id = await db.transaction().execute((trx) => saveMapping(trx, organizationId, trimmed, mapping));
  const row = await findSource(db, organizationId, id);
  if (!row) throw conflict("The saved mapping changed while it was saved; try again.");
  return row;
}

export async function deleteImportSource(db: Executor, organizationId: string, id: string): Promise<void> {
  if ((await deleteSource(db, organizationId, id)) === 0) throw notFound("Import source");
}
