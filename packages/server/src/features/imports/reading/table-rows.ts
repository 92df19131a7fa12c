import { checkHeaderRow } from "./header-row.rule.js";
import { formatCount, ImportFileError } from "./import-file.error.js";
import type { TableRow } from "./table.types.js";

/** A row as a reader produced it, before header handling. */
export interface RawRow {
  rowNumber: number;
  cells: string[];
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

export function tooManyColumns(rowNumber: number, columns: number, maxColumns: number): ImportFileError {
  return new ImportFileError(
    "too-many-columns",
    `Row ${rowNumber} has ${formatCount(columns)} columns; the limit is ${formatCount(maxColumns)}.`,
  );
}

/** The error for a file whose header row is followed by no data; use it wherever rows turn out empty. */
export function noDataRowsError(fileName: string): ImportFileError {
  return new ImportFileError(
    "no-data-rows",
    `"${fileName}" has a header row but no data rows. Add the data below the header and upload again.`,
  );
}

/**
 * Wraps rows so that finishing without a single row throws `noDataRowsError`, for consumers that
 * filter rows themselves (openTable already refuses a header-only file).
 */
export async function* requireDataRows<T>(rows: AsyncIterable<T>, fileName: string): AsyncGenerator<T> {
  let any = false;
  for await (const row of rows) {
    any = true;
    yield row;
  }
  if (!any) throw noDataRowsError(fileName);
}

/**
 * Splits raw rows into a checked header row and data rows: blank rows are skipped, rows wider
 * than `maxColumns` refused, each row padded or cut to the header width. The first data row is
 * read before returning, so a header-only file fails at once rather than after a "successful" open.
 */
export async function splitHeader(
  raw: AsyncIterator<RawRow>,
  fileName: string,
  maxColumns: number,
  onDone: () => void,
): Promise<{ headers: string[]; rows: AsyncIterable<TableRow> }> {
  const next = async (): Promise<RawRow | null> => {
    for (;;) {
      const item = await raw.next();
      if (item.done) return null;
      const row = item.value;
      if (row.cells.length > maxColumns) throw tooManyColumns(row.rowNumber, row.cells.length, maxColumns);
      if (!isBlank(row.cells)) return row;
    }
  };

  const headerRow = await next();
  if (headerRow === null) throw new ImportFileError("empty-file", `"${fileName}" is empty: it has no rows.`);
  const headers = checkHeaderRow(headerRow.cells, headerRow.rowNumber);
  const width = headers.length;
  const shape = (row: RawRow): TableRow => {
    const cells = row.cells.length === width ? row.cells : row.cells.slice(0, width);
    while (cells.length < width) cells.push("");
    return { rowNumber: row.rowNumber, cells };
  };

  const first = await next();
  if (first === null) {
    onDone();
    throw noDataRowsError(fileName);
  }

  let started = false;
  async function* rows(): AsyncGenerator<TableRow> {
    if (started) throw new Error("The rows of a table can be read only once");
    started = true;
    try {
      yield shape(first!);
      for (;;) {
        const row = await next();
        if (row === null) return;
        yield shape(row);
      }
    } finally {
      onDone();
    }
  }
  return { headers, rows: { [Symbol.asyncIterator]: () => rows() } };
}
