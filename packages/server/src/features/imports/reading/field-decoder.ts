import { isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
import type { TableWarning } from "./table.types.js";

const HIGH_BYTE = /[\x80-\xff]/;

/**
 * Turns cells read byte-for-byte (as latin1 strings) into text. UTF-8 is tried first; a cell that
 * is not valid UTF-8 is read as Windows-1252, the usual encoding of older Western exports, and
 * the first such row is remembered so the person can be told where to look.
 */
export class FieldDecoder {
  private readonly legacy = new TextDecoder("windows-1252");
  private firstLegacyRow: number | null = null;
  private sawUtf8 = false;

  decodeRow(cells: string[], rowNumber: number): string[] {
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i]!;
      // Plain ASCII is the same in every encoding we accept: the common case stays cheap.
      if (!HIGH_BYTE.test(cell)) continue;
      const bytes = Buffer.from(cell, "latin1");
      if (isUtf8(bytes)) {
        this.sawUtf8 = true;
        cells[i] = bytes.toString("utf8");
      } else {
        this.firstLegacyRow ??= rowNumber;
        cells[i] = this.legacy.decode(bytes);
      }
    }
    return cells;
  }

  warnings(): TableWarning[] {
    const row = this.firstLegacyRow;
    if (row === null) return [];
    if (this.sawUtf8) {
      return [
        {
          code: "mixed-encoding",
          row,
          message: `The file mixes text encodings: row ${row} is not valid UTF-8 and was read as Windows-1252, while other rows are UTF-8. Check accented letters from row ${row} on.`,
        },
      ];
    }
    return [
      {
        code: "legacy-encoding",
        row,
        message:
          'The file is not UTF-8 text; it was read as Windows-1252 (Western European). If accented letters look wrong, save it as "CSV UTF-8" and upload it again.',
      },
    ];
  }
}
