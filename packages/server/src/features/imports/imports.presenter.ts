import type { Row } from "../../db/database.js";
import type { JobProgress } from "./import-jobs.js";
import type { ImportOutcome } from "./import-pipeline.service.js";
import type { RunRow } from "./imports.repository.js";
import type { RunDetailResponse, RunResponse } from "./imports.schemas.js";
import { columnMappingSchema } from "./mapping/column-mapping.schema.js";
import type { RowProblem } from "./validation/row-problem.js";

export function presentProblem(p: RowProblem) {
  return {
    row: p.row,
    column: p.column,
    code: p.code,
    ...(p.value === undefined ? {} : { value: p.value }),
    message: p.message,
  };
}

export function presentOutcome(outcome: ImportOutcome & { runId: string }) {
  return {
    runId: outcome.runId,
    kind: outcome.kind,
    kindGuessed: outcome.kindGuessed,
    format: outcome.format,
    sheet: outcome.sheet,
    sheets: outcome.sheets,
    headers: outcome.headers,
    suggestion: outcome.suggestion,
    mapping: outcome.mapping,
    mappingIssues: outcome.mappingIssues,
    ready: outcome.mapping !== null && outcome.mappingIssues.length === 0 && outcome.problemCount === 0,
    sample: outcome.sample,
    counts: {
      rows: outcome.rowsTotal,
      added: outcome.added,
      changed: outcome.changed,
      unchanged: outcome.unchanged,
      problems: outcome.problemCount,
    },
    problems: outcome.problems.map(presentProblem),
    warnings: outcome.warnings.map((w) => ({ code: w.code, row: w.row, message: w.message })),
  };
}

/**
 * A run in the history. A run still marked running that no job of this process is working on was
 * cut short by a stop of the server: its transaction never committed, so it is shown as failed.
 */
export function presentRun(row: RunRow, active: boolean): RunResponse {
  const interrupted = row.status === "running" && !active;
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    fileSize: Number(row.file_size),
    format: row.format,
    source: row.source_id && row.source_name ? { id: row.source_id, name: row.source_name } : null,
    user: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: interrupted ? "failed" : row.status,
    counts: {
      rows: row.rows_total,
      added: row.rows_added,
      changed: row.rows_changed,
      unchanged: row.rows_unchanged,
      problems: row.rows_problems,
    },
    errorMessage: interrupted
      ? "The import was interrupted when the server stopped; nothing was written. Import the file again."
      : row.error_message,
  };
}

function storedProblems(json: string): ReturnType<typeof presentProblem>[] {
  try {
    const parsed = JSON.parse(json) as RowProblem[];
    return Array.isArray(parsed) ? parsed.map(presentProblem) : [];
  } catch {
    return [];
  }
}

export function presentRunDetail(row: RunRow, progress: JobProgress | undefined): RunDetailResponse {
  const done = row.status !== "running";
  return {
    ...presentRun(row, progress !== undefined),
    phase: progress?.phase ?? null,
    processedRows: progress?.processedRows ?? row.rows_total,
    bytesRead: progress?.bytesRead ?? (done ? Number(row.file_size) : 0),
    totalBytes: progress?.totalBytes || Number(row.file_size),
    problems: storedProblems(row.problems),
  };
}

export function presentSource(row: Row<"import_sources">) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    mapping: columnMappingSchema.parse(JSON.parse(row.mapping)),
    updatedAt: row.updated_at,
  };
}
