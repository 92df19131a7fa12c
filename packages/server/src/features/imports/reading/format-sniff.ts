import { ImportFileError } from "./import-file.error.js";

export type TextEncoding = "utf8" | "utf16le" | "utf16be";

export type SniffResult = { format: "xlsx" } | { format: "csv"; encoding: TextEncoding; bomLength: number };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Starts of common non-text files people rename by mistake (images, PDFs, archives, programs). */
const BINARY_MAGIC: readonly Buffer[] = [
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from("GIF8", "latin1"),
  Buffer.from("%PDF", "latin1"),
  Buffer.from([0x1f, 0x8b]), // gzip
  Buffer.from([0x37, 0x7a, 0xbc, 0xaf]), // 7z
  Buffer.from("Rar!", "latin1"),
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // ELF
  Buffer.from([0x50, 0x4b, 0x05, 0x06]), // empty zip
];

function notATable(fileName: string): ImportFileError {
  return new ImportFileError(
    "not-a-table",
    `This file is not a CSV or XLSX file: "${fileName}" contains binary data. Export the data as CSV or XLSX and upload that file.`,
  );
}

/** Control characters that never appear in text exports (tab, CR, LF, form feed are fine). */
function isBinaryControl(byte: number): boolean {
  return byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c);
}

/**
 * Decides from the first bytes whether a file is an XLSX workbook or delimited text, and refuses
 * anything else. Names (".csv") are not trusted: a renamed image must not reach the CSV parser.
 */
export function sniffFormat(head: Buffer, fileName: string): SniffResult {
  if (head.length === 0) throw new ImportFileError("empty-file", `"${fileName}" is empty.`);
  if (head.subarray(0, 4).equals(ZIP)) return { format: "xlsx" };
  if (head.subarray(0, 8).equals(OLE)) {
    throw new ImportFileError(
      "legacy-xls",
      `"${fileName}" is an Excel 97-2003 workbook (.xls). Open it and save it as .xlsx or CSV, then upload again.`,
    );
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { format: "csv", encoding: "utf16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { format: "csv", encoding: "utf16be", bomLength: 2 };
  for (const magic of BINARY_MAGIC) {
    if (head.subarray(0, magic.length).equals(magic)) throw notATable(fileName);
  }
  const bomLength = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  let controls = 0;
  let blank = true;
  for (let i = bomLength; i < head.length; i += 1) {
    const byte = head[i]!;
    if (byte === 0) throw notATable(fileName);
    if (isBinaryControl(byte)) controls += 1;
    if (blank && byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) blank = false;
  }
  // A few stray control characters happen in real exports; many mean it is not text at all.
  if (controls > Math.max(8, head.length / 100)) throw notATable(fileName);
  if (blank) throw new ImportFileError("empty-file", `"${fileName}" is empty: it has no rows.`);
  return { format: "csv", encoding: "utf8", bomLength };
}
