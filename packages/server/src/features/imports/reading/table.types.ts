import type { Readable } from "node:stream";

/** Where the table comes from: a file on disk or an upload stream (with its original name for messages). */
export type TableSource =
  | { path: string /** For messages; default: the file's own name. */; fileName?: string }
  | { stream: Readable; fileName: string; size?: number };

export interface OpenTableOptions {
  /** XLSX: the sheet to read (default: the first one). */
  sheet?: string;
  /** CSV: the delimiter; detected from the first lines when omitted. */
  delimiter?: string;
  /** A row wider than this is refused (default 500). */
  maxColumns?: number;
  /** A file larger than this is refused while reading (default: no limit). */
  maxBytes?: number;
}

/** One data row: its number as a spreadsheet shows it (the header is row 1 in most files) and its cells as text. */
export interface TableRow {
  rowNumber: number;
  /** One string per header (missing cells are ""); cells beyond the last header are dropped. */
  cells: string[];
}

/** A note about the file that does not stop the import, e.g. the text encoding was guessed. */
export interface TableWarning {
  code: "legacy-encoding" | "mixed-encoding";
  row: number;
  message: string;
}

export type TableFormat = "csv" | "xlsx";

export interface OpenedTable {
  headers: string[];
  /** The data rows, read lazily; iterate once. Throws ImportFileError for problems found mid-file. */
  rows: AsyncIterable<TableRow>;
  format: TableFormat;
  /** CSV: the delimiter used. */
  delimiter?: string;
  /** XLSX: the names of the workbook's sheets, in the workbook's order. */
  sheets?: string[];
  /** XLSX: the sheet being read. */
  sheet?: string;
  /** The file size when known (a path, or a stream with `size`), for progress. */
  bytesTotal?: number;
  /** Bytes consumed from the source so far, for progress. */
  bytesRead(): number;
  /** Warnings found so far; complete once `rows` is exhausted. */
  warnings(): TableWarning[];
  /** Stop reading and release the source (safe to call more than once, also after the end). */
  close(): void;
}
