import ExcelJS from "exceljs";
import type { ByteSource } from "./byte-source.js";
import { ImportFileError, isImportFileError } from "./import-file.error.js";
import type { RawRow } from "./table-rows.js";
import { cellText } from "./xlsx-cell.js";

export interface XlsxRows {
  sheet: string;
  sheets: string[];
  rows: AsyncIterator<RawRow>;
}

function unreadable(fileName: string): ImportFileError {
  return new ImportFileError(
    "unreadable-xlsx",
    `"${fileName}" looks like an XLSX workbook but cannot be read. Open it in a spreadsheet program, save it again as .xlsx (or CSV) and upload that file.`,
  );
}

/** Rethrows our own errors as they are and anything from the zip or XML layer as "cannot be read". */
function asImportError(error: unknown, fileName: string): Error {
  return isImportFileError(error) ? error : unreadable(fileName);
}

// exceljs types its streaming reader loosely; these are the parts read here.
interface StreamingRow {
  number: number;
  values: unknown[] | Record<string, unknown>;
}
interface StreamingWorksheet extends AsyncIterable<StreamingRow> {
  name: string;
}
interface StreamingWorkbook extends AsyncIterable<StreamingWorksheet> {
  model?: { sheets?: { name?: string }[] };
}

function rowCells(row: StreamingRow): string[] {
  const values = Array.isArray(row.values) ? row.values : [];
  // exceljs row values are 1-based and sparse: index 0 is always empty.
  const cells: string[] = [];
  for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
  return cells;
}

/**
 * Streams the rows of one sheet (the first, or the one named) with exceljs's streaming reader,
 * so a large workbook is never loaded whole. Rows of sheets before the chosen one are read and discarded.
 */
export async function readXlsxRows(source: ByteSource, sheetOption: string | undefined): Promise<XlsxRows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source.body, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  }) as unknown as StreamingWorkbook;
  const sheetNames = (): string[] => (reader.model?.sheets ?? []).map((s) => s.name ?? "").filter((n) => n !== "");
  const wanted = sheetOption?.trim().toLocaleLowerCase("en");

  const sheets: AsyncIterator<StreamingWorksheet> = reader[Symbol.asyncIterator]();
  let chosen: StreamingWorksheet | null = null;
  try {
    for (;;) {
      const item = await sheets.next();
      if (item.done) break;
      if (wanted === undefined || item.value.name.trim().toLocaleLowerCase("en") === wanted) {
        chosen = item.value;
        break;
      }
      // A sheet left unread can be parked by exceljs in a temporary file that is removed under it;
      // reading it through (rows discarded) keeps the reader's state consistent.
      for await (const _row of item.value) {
        // skipped on purpose
      }
    }
  } catch (error) {
    throw asImportError(error, source.fileName);
  }
  if (chosen === null) {
    const names = sheetNames();
    if (wanted === undefined) throw new ImportFileError("empty-file", `"${source.fileName}" has no sheets.`);
    throw new ImportFileError(
      "sheet-not-found",
      `The workbook has no sheet named "${sheetOption}". Its sheets are: ${names.map((n) => `"${n}"`).join(", ")}.`,
    );
  }

  const sheetRows: AsyncIterator<StreamingRow> = chosen[Symbol.asyncIterator]();
  const rows: AsyncIterator<RawRow> = {
    next: async () => {
      try {
        const item = await sheetRows.next();
        if (item.done) return { done: true, value: undefined };
        return { done: false, value: { rowNumber: item.value.number, cells: rowCells(item.value) } };
      } catch (error) {
        throw asImportError(error, source.fileName);
      }
    },
    return: async () => {
      source.close();
      return { done: true, value: undefined };
    },
  };
  return { sheet: chosen.name, sheets: sheetNames(), rows };
}
