import { Transform, type TransformCallback } from "node:stream";
import { TextDecoder } from "node:util";
import { type CsvError, parse } from "csv-parse";
import type { ByteSource } from "./byte-source.js";
import { detectDelimiter } from "./delimiter-detect.js";
import { FieldDecoder } from "./field-decoder.js";
import type { TextEncoding } from "./format-sniff.js";
import { formatCount, ImportFileError } from "./import-file.error.js";
import type { RawRow } from "./table-rows.js";

/** Longest record accepted, in characters: bounds memory when a quote is never closed or a line never ends. */
export const MAX_RECORD_CHARACTERS = 1_000_000;

/** Drops the byte-order mark and turns UTF-16 into UTF-8, so the parser sees one kind of bytes. */
class TextNormaliser extends Transform {
  private toSkip: number;
  private readonly decoder: TextDecoder | null;

  constructor(encoding: TextEncoding, bomLength: number) {
    super();
    this.toSkip = bomLength;
    this.decoder = encoding === "utf8" ? null : new TextDecoder(encoding === "utf16le" ? "utf-16le" : "utf-16be");
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let bytes = chunk;
    if (this.toSkip > 0) {
      const skip = Math.min(this.toSkip, bytes.length);
      bytes = bytes.subarray(skip);
      this.toSkip -= skip;
    }
    if (this.decoder) callback(null, Buffer.from(this.decoder.decode(bytes, { stream: true }), "utf8"));
    else callback(null, bytes);
  }

  override _flush(callback: TransformCallback): void {
    if (this.decoder) callback(null, Buffer.from(this.decoder.decode(), "utf8"));
    else callback();
  }
}

function isCsvError(error: unknown): error is CsvError {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("CSV_");
}

function describeCsvError(error: CsvError, rowsSoFar: number): ImportFileError {
  const line = (error as { lines?: number }).lines;
  // The parser knows how many records it completed even when they were never handed out.
  const records = (error as { records?: number }).records;
  const rowNumber = (typeof records === "number" ? Math.max(records, rowsSoFar) : rowsSoFar) + 1;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new ImportFileError(
        "malformed-csv",
        `A quoted value starting in row ${rowNumber} is never closed. Check that row for a stray double quote (").`,
      );
    case "CSV_MAX_RECORD_SIZE":
      return new ImportFileError(
        "row-too-long",
        `Row ${rowNumber} is longer than ${formatCount(MAX_RECORD_CHARACTERS)} characters. Check it for a stray double quote (") or a missing line break.`,
      );
    default:
      return new ImportFileError(
        "malformed-csv",
        `The CSV file could not be read near line ${line ?? rowNumber}: ${error.message}`,
      );
  }
}

export interface CsvRows {
  delimiter: string;
  rows: AsyncIterator<RawRow>;
  warnings: FieldDecoder;
}

/**
 * Streams delimited text as rows. Parsing happens on bytes read as latin1 (one character per
 * byte, so quotes and delimiters are found exactly in any ASCII-compatible encoding); each cell is
 * then decoded as UTF-8 or Windows-1252 by FieldDecoder. Row numbers count records, blank ones
 * included, as a spreadsheet program shows them.
 */
export function readCsvRows(
  source: ByteSource,
  encoding: TextEncoding,
  bomLength: number,
  delimiterOption: string | undefined,
): CsvRows {
  const sample =
    encoding === "utf8"
      ? source.head.subarray(bomLength).toString("latin1")
      : new TextDecoder(encoding === "utf16le" ? "utf-16le" : "utf-16be").decode(source.head.subarray(bomLength));
  const delimiter = delimiterOption ?? detectDelimiter(sample, source.headIsWhole);
  const parser = parse({
    encoding: "latin1",
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARACTERS,
  });
  const text = source.body.pipe(new TextNormaliser(encoding, bomLength));
  // Errors of the byte source (such as the size limit) must reach the reader, not vanish in the pipe.
  source.body.on("error", (error) => parser.destroy(error));
  text.on("error", (error) => parser.destroy(error));
  text.pipe(parser);

  const decoder = new FieldDecoder();
  const records: AsyncIterator<string[]> = parser[Symbol.asyncIterator]();
  let rowNumber = 0;
  const rows: AsyncIterator<RawRow> = {
    next: async () => {
      try {
        const item = await records.next();
        if (item.done) return { done: true, value: undefined };
        rowNumber += 1;
        return { done: false, value: { rowNumber, cells: decoder.decodeRow(item.value, rowNumber) } };
      } catch (error) {
        if (isCsvError(error)) throw describeCsvError(error, rowNumber);
        throw error;
      }
    },
    return: async () => {
      parser.destroy();
      return { done: true, value: undefined };
    },
  };
  return { delimiter, rows, warnings: decoder };
}
