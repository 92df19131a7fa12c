/** Shapes of the /api/v1/imports endpoints, as the server's schemas define them. */

export type ImportKind = "measurements" | "people";
export type EmployeeMatch = "employeeNumber" | "email" | "auto";
export type NumberFormat = "auto" | "dot-decimal" | "comma-decimal";
export type DateOrder = "auto" | "dmy" | "mdy";

interface PeriodFields {
  periodColumn?: string;
  fixedPeriod?: string;
}

interface MeasurementCommon extends PeriodFields {
  kind: "measurements";
  employeeColumn: string;
  employeeMatch: EmployeeMatch;
  numberFormat: NumberFormat;
  dateOrder: DateOrder;
}

/** One row per employee × KPI × period. */
export interface LongMeasurementMapping extends MeasurementCommon {
  shape: "long";
  kpiColumn: string;
  valueColumn: string;
  commentColumn?: string;
}

export interface WideKpiColumn {
  column: string;
  kpiKey: string;
  commentColumn?: string;
}

/** One row per employee × period, one column per KPI. */
export interface WideMeasurementMapping extends MeasurementCommon {
  shape: "wide";
  kpiColumns: WideKpiColumn[];
  commentColumn?: string;
}

export interface PeopleMapping {
  kind: "people";
  employeeNumberColumn: string;
  nameColumn?: string;
  firstNameColumn?: string;
  lastNameColumn?: string;
  emailColumn?: string;
  roleColumn?: string;
  orgUnitColumn?: string;
  managerColumn?: string;
  startDateColumn?: string;
  activeColumn?: string;
  dateOrder: DateOrder;
}

export type ColumnMapping = LongMeasurementMapping | WideMeasurementMapping | PeopleMapping;

/** What the server believes one column holds, how sure (0..1) and why. */
export interface ColumnSuggestion {
  column: string;
  field: string;
  kpiKey?: string;
  employeeMatch?: string;
  confidence: number;
  reason: string;
}

export interface MappingSuggestion {
  kind: ImportKind;
  shape: "long" | "wide" | null;
  mapping: ColumnMapping | null;
  columns: ColumnSuggestion[];
  unmapped: string[];
  missing: string[];
}

/** `POST /imports/uploads` (201). */
export interface UploadResponse {
  uploadId: string;
  fileName: string;
  size: number;
  format: "csv" | "xlsx";
  sheet: string | null;
  sheets: string[];
  headers: string[];
  kind: ImportKind;
  kindGuessed: boolean;
  suggestion: MappingSuggestion;
}

export interface ImportCounts {
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  problems: number;
}

/** One thing wrong with one row (and column, when it is about one cell). */
export interface RowProblem {
  row: number;
  column: string | null;
  code: string;
  value?: string;
  message: string;
}

/** `POST /imports/preview`: the dry run. */
export interface PreviewResponse {
  runId: string;
  kind: ImportKind;
  kindGuessed: boolean;
  format: "csv" | "xlsx";
  sheet: string | null;
  sheets: string[];
  headers: string[];
  suggestion: MappingSuggestion;
  mapping: ColumnMapping | null;
  mappingIssues: string[];
  ready: boolean;
  sample: { row: number; cells: string[] }[];
  counts: ImportCounts;
  /** The first 1,000; `counts.problems` has the total. */
  problems: RowProblem[];
  warnings: { code: string; row: number; message: string }[];
}

export interface PreviewRequest {
  uploadId: string;
  kind?: ImportKind;
  mapping?: ColumnMapping;
  sheet?: string;
  source?: string;
}

export interface CommitRequest {
  uploadId: string;
  kind: ImportKind;
  mapping: ColumnMapping;
  sheet?: string;
  /** The saved source the mapping came from, so the history names it. */
  source?: string;
  saveMappingAs?: string;
}

export type RunStatus = "previewed" | "running" | "committed" | "failed";

/** One import in the history. */
export interface ImportRun {
  id: string;
  kind: ImportKind;
  fileName: string;
  fileSize: number;
  format: string;
  source: { id: string; name: string } | null;
  user: { id: string; name: string } | null;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  counts: ImportCounts;
  errorMessage: string | null;
}

/** `GET /imports/runs/:id`: a run with its progress while it runs. */
export interface ImportRunDetail extends ImportRun {
  phase: "queued" | "reading" | "writing" | null;
  processedRows: number;
  bytesRead: number;
  totalBytes: number;
  problems: RowProblem[];
}

/** A saved mapping, applied to next month's file from the same tool. */
export interface ImportSource {
  id: string;
  name: string;
  kind: ImportKind;
  mapping: ColumnMapping;
  updatedAt: string;
}

export const KIND_LABELS: Record<ImportKind, string> = {
  measurements: "KPI values",
  people: "People",
};
