import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { neutraliseFormula } from "./formula-neutralise.js";

export interface ExportColumn {
  key: string;
  header: string;
}

export type ExportFormat = "csv" | "xlsx";

export type ExportRows = AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return neutraliseFormula(value);
  return neutraliseFormula(JSON.stringify(value));
}

function xlsxCell(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return neutraliseFormula(value);
  return neutraliseFormula(JSON.stringify(value));
}

async function writeCsv(rows: ExportRows, columns: readonly ExportColumn[], out: Writable): Promise<void> {
  // A byte-order mark so spreadsheet programs open the UTF-8 text with the right accents.
  out.write("\ufeff");
  const stringifier = stringify({ record_delimiter: "\r\n", quoted_match: /^\s|\s$/ });
  stringifier.pipe(out, { end: false });
  const finished = once(stringifier, "end");
  stringifier.write(columns.map((c) => neutraliseFormula(c.header)));
  for await (const row of rows) {
    // Respect back-pressure so a large export streams instead of piling up in memory.
    if (!stringifier.write(columns.map((c) => csvCell(row[c.key])))) await once(stringifier, "drain");
  }
  stringifier.end();
  await finished;
}

async function writeXlsx(rows: ExportRows, columns: readonly ExportColumn[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet("Export");
  sheet.columns = columns.map((c) => ({ header: String(neutraliseFormula(c.header)), key: c.key, width: 18 }));
  for await (const row of rows) {
    sheet.addRow(columns.map((c) => xlsxCell(row[c.key]))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Streams rows to CSV (UTF-8 with BOM, CRLF) or XLSX, in the given column order. Text that a
 * spreadsheet would run as a formula is neutralised; numbers stay numbers. `out` is ended, and
 * has finished writing, when the returned promise resolves.
 */
export async function writeTable(
  rows: ExportRows,
  columns: readonly ExportColumn[],
  format: ExportFormat,
  out: Writable,
): Promise<void> {
  if (format === "csv") {
    await writeCsv(rows, columns, out);
    out.end();
    await once(out, "finish");
    return;
  }
  await writeXlsx(rows, columns, out);
}
