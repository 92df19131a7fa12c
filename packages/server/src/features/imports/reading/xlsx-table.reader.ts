import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { ImportFileError, isImportFileError } from "./import-file.error.js";
import type { RawRow } from "./table-rows.js";
import { cellText } from "./xlsx-cell.js";
import { openZipEntry, readZipDirectory, type ZipEntry } from "./zip-directory.js";

export interface XlsxRows {
  sheet: string;
  sheets: string[];
  rows: AsyncIterator<RawRow>;
  /** Compressed bytes of the workbook read so far, for progress. */
  bytesRead(): number;
  /** Stops reading (safe to call more than once). */
  close(): void;
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

// exceljs types its streaming parts loosely (and not at all for the worksheet reader); these are the
// parts used here. Its workbook reader takes the archive in stored order, and when a writer stores
// the sheets before the workbook part (exceljs itself does) it parks them in temporary files and
// now and then loses the sheet list on the way. So the parts are read here by the archive's
// directory, the workbook part first, and its part parsers and worksheet reader are driven directly.
interface StreamingRow {
  number: number;
  values: unknown[] | Record<string, unknown>;
}
interface SheetModel {
  name?: string;
  id?: number;
  rId?: string;
}
interface PartParser {
  options: Record<string, unknown>;
  model?: { sheets?: SheetModel[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
}
type WorksheetReaderClass = new (init: {
  workbook: PartParser;
  id: number;
  iterator: AsyncIterable<unknown>;
  options: Record<string, unknown>;
}) => AsyncIterable<StreamingRow> & { name: string };

const require = createRequire(import.meta.url);
const WorksheetReader = require("exceljs/lib/stream/xlsx/worksheet-reader.js") as WorksheetReaderClass;

function rowCells(row: StreamingRow): string[] {
  const values = Array.isArray(row.values) ? row.values : [];
  // exceljs row values are 1-based and sparse: index 0 is always empty.
  const cells: string[] = [];
  for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
  return cells;
}

/** "worksheets/sheet2.xml" (relative to xl/) or "/xl/worksheets/sheet2.xml" → the archive path. */
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/**
 * Streams the rows of one sheet (the first in the workbook's order, or the one named) of an XLSX
 * file on disk, so a large workbook is never loaded whole: the small parts (sheet list, shared
 * strings, styles) are read first through the archive's directory, then only the chosen sheet.
 */
export async function readXlsxFile(
  path: string,
  size: number,
  fileName: string,
  sheetOption: string | undefined,
): Promise<XlsxRows> {
  const open: Readable[] = [];
  const close = () => {
    for (const stream of open) stream.destroy();
  };
  const part = async (entry: ZipEntry) => {
    const opened = await openZipEntry(path, entry);
    open.push(opened.stream);
    return opened;
  };
  let parser: PartParser;
  let directory: Map<string, ZipEntry>;
  try {
    directory = await readZipDirectory(path, size);
    parser = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    }) as unknown as PartParser;
    const workbook = directory.get("xl/workbook.xml");
    const rels = directory.get("xl/_rels/workbook.xml.rels");
    if (!workbook || !rels) throw unreadable(fileName);
    await parser._parseRels((await part(rels)).stream);
    await parser._parseWorkbook((await part(workbook)).stream);
    const strings = directory.get("xl/sharedStrings.xml");
    if (strings) {
      for await (const _ of parser._parseSharedStrings((await part(strings)).stream)) {
        // cached by the parser
      }
    }
    const styles = directory.get("xl/styles.xml");
    if (styles) await parser._parseStyles((await part(styles)).stream);
  } catch (error) {
    close();
    throw asImportError(error, fileName);
  }

  const sheets = (parser.model?.sheets ?? []).filter((s) => (s.name ?? "") !== "");
  const names = sheets.map((s) => s.name ?? "");
  const wanted = sheetOption?.trim().toLocaleLowerCase("en");
  const chosen =
    wanted === undefined ? sheets[0] : sheets.find((s) => (s.name ?? "").trim().toLocaleLowerCase("en") === wanted);
  if (!chosen) {
    close();
    if (wanted === undefined) throw new ImportFileError("empty-file", `"${fileName}" has no sheets.`);
    throw new ImportFileError(
      "sheet-not-found",
      `The workbook has no sheet named "${sheetOption}". Its sheets are: ${names.map((n) => `"${n}"`).join(", ")}.`,
    );
  }
  const rel = (parser.workbookRels ?? []).find((r) => r.Id === chosen.rId);
  const entry = rel ? directory.get(partPath(rel.Target)) : undefined;
  let sheetPart: Awaited<ReturnType<typeof openZipEntry>>;
  try {
    if (!entry) throw unreadable(fileName);
    sheetPart = await part(entry);
  } catch (error) {
    close();
    throw asImportError(error, fileName);
  }
  const reader = new WorksheetReader({
    workbook: parser,
    id: chosen.id ?? 1,
    iterator: sheetPart.stream,
    options: parser.options,
  });
  reader.name = chosen.name ?? "";
  const sheetRows: AsyncIterator<StreamingRow> = reader[Symbol.asyncIterator]();
  const before = entry?.localHeaderOffset ?? 0;
  const rows: AsyncIterator<RawRow> = {
    next: async () => {
      try {
        const item = await sheetRows.next();
        if (item.done) return { done: true, value: undefined };
        return { done: false, value: { rowNumber: item.value.number, cells: rowCells(item.value) } };
      } catch (error) {
        throw asImportError(error, fileName);
      }
    },
    return: async () => {
      close();
      return { done: true, value: undefined };
    },
  };
  return {
    sheet: chosen.name ?? "",
    sheets: names,
    rows,
    bytesRead: () => Math.min(size, before + sheetPart.bytesRead()),
    close,
  };
}
