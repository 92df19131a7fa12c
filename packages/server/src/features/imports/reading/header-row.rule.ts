import { columnLetter } from "./column-letter.js";
import { ImportFileError } from "./import-file.error.js";

function headerKey(header: string): string {
  return header.toLocaleLowerCase("en").replace(/\s+/g, " ");
}

/**
 * Cleans the header row (trims, drops empty columns at the end, which spreadsheet exports often
 * carry) and refuses headers a column mapping could not tell apart: blank or duplicated names.
 */
export function checkHeaderRow(raw: readonly string[], rowNumber: number): string[] {
  const headers = raw.map((h) => h.replace(/\s+/g, " ").trim());
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  const seen = new Map<string, number>();
  for (let i = 0; i < headers.length; i += 1) {
    const header = headers[i]!;
    const column = i + 1;
    if (header === "") {
      throw new ImportFileError(
        "blank-header",
        `Column ${column} (${columnLetter(column)}) has no header in row ${rowNumber}. Give every column a name, or delete the empty column.`,
      );
    }
    const earlier = seen.get(headerKey(header));
    if (earlier !== undefined) {
      throw new ImportFileError(
        "duplicate-header",
        `Columns ${earlier} (${columnLetter(earlier)}) and ${column} (${columnLetter(column)}) are both named "${header}". Rename one of them so each column can be mapped.`,
      );
    }
    seen.set(headerKey(header), column);
  }
  return headers;
}
