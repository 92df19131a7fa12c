import { createWriteStream, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { type ByteSource, openByteSource } from "./byte-source.js";
import { readCsvRows } from "./csv-table.reader.js";
import { sniffFormat } from "./format-sniff.js";
import type { OpenedTable, OpenTableOptions, TableSource, TableWarning } from "./table.types.js";
import { splitHeader } from "./table-rows.js";
import { readXlsxFile } from "./xlsx-table.reader.js";

export const DEFAULT_MAX_COLUMNS = 500;

/**
 * Opens an uploaded table (CSV or XLSX, told apart by content, never by name) and returns its
 * header row and a lazy stream of data rows. Whole-file problems (empty, binary, header-only,
 * blank or duplicate headers, a too-wide row, over the size limit) throw ImportFileError with a
 * message for the person who uploaded it; problems further down surface while iterating `rows`.
 * Memory stays flat: rows are parsed as they are read and never collected.
 */
export async function openTable(source: TableSource, options: OpenTableOptions = {}): Promise<OpenedTable> {
  const maxColumns = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
  const bytes = await openByteSource(source, options.maxBytes);
  try {
    const sniff = sniffFormat(bytes.head, bytes.fileName);
    if (sniff.format === "xlsx") return await openXlsx(source, bytes, options.sheet, maxColumns);
    const csv = readCsvRows(bytes, sniff.encoding, sniff.bomLength, options.delimiter);
    const { headers, rows } = await splitHeader(csv.rows, bytes.fileName, maxColumns, bytes.close);
    return {
      headers,
      rows,
      format: "csv",
      delimiter: csv.delimiter,
      bytesTotal: bytes.bytesTotal,
      bytesRead: bytes.bytesRead,
      warnings: () => csv.warnings.warnings(),
      close: bytes.close,
    };
  } catch (error) {
    bytes.close();
    throw error;
  }
}

/**
 * A workbook is read by its zip directory, which needs the file on disk: a path is used as it is,
 * an upload stream is first copied to a temporary file (removed on close), within the size limit.
 */
async function openXlsx(
  source: TableSource,
  bytes: ByteSource,
  sheet: string | undefined,
  maxColumns: number,
): Promise<OpenedTable> {
  let path: string;
  let cleanup = () => {};
  if ("path" in source) {
    bytes.close();
    path = source.path;
  } else {
    const dir = await mkdtemp(join(tmpdir(), "yardstick-xlsx-"));
    cleanup = () => rmSync(dir, { recursive: true, force: true });
    path = join(dir, "upload.xlsx");
    try {
      await pipeline(bytes.body, createWriteStream(path));
    } catch (error) {
      cleanup();
      throw error;
    }
  }
  const size = "path" in source && bytes.bytesTotal !== undefined ? bytes.bytesTotal : bytes.bytesRead();
  let xlsx: Awaited<ReturnType<typeof readXlsxFile>> | null = null;
  const done = () => {
    xlsx?.close();
    cleanup();
  };
  try {
    xlsx = await readXlsxFile(path, size, bytes.fileName, sheet);
    const { headers, rows } = await splitHeader(xlsx.rows, bytes.fileName, maxColumns, done);
    return {
      headers,
      rows,
      format: "xlsx",
      sheet: xlsx.sheet,
      sheets: xlsx.sheets,
      bytesTotal: size,
      bytesRead: xlsx.bytesRead,
      warnings: (): TableWarning[] => [],
      close: done,
    };
  } catch (error) {
    done();
    throw error;
  }
}
