import { openByteSource } from "./byte-source.js";
import { readCsvRows } from "./csv-table.reader.js";
import { sniffFormat } from "./format-sniff.js";
import type { OpenedTable, OpenTableOptions, TableSource, TableWarning } from "./table.types.js";
import { splitHeader } from "./table-rows.js";
import { readXlsxRows } from "./xlsx-table.reader.js";

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
    if (sniff.format === "xlsx") {
      const xlsx = await readXlsxRows(bytes, options.sheet);
      const { headers, rows } = await splitHeader(xlsx.rows, bytes.fileName, maxColumns, bytes.close);
      return {
        headers,
        rows,
        format: "xlsx",
        sheet: xlsx.sheet,
        sheets: xlsx.sheets,
        bytesTotal: bytes.bytesTotal,
        bytesRead: bytes.bytesRead,
        warnings: (): TableWarning[] => [],
        close: bytes.close,
      };
    }
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
