import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

/** A temporary folder for the files a spec uploads; removed with `remove()` at the end. */
export interface ImportFileFolder {
  dir: string;
  /** Writes a CSV (RFC 4180 quoting, CRLF line ends as spreadsheet programs save it) and returns its path. */
  csv(name: string, rows: readonly (readonly (string | number)[])[]): string;
  /** Writes an XLSX workbook with the given sheets in order and returns its path. */
  xlsx(name: string, sheets: readonly XlsxSheet[]): Promise<string>;
  remove(): void;
}

export interface XlsxSheet {
  name: string;
  rows: readonly (readonly (string | number | Date | null)[])[];
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Files are written at test time, so their contents can name the records the spec seeded. */
export function importFileFolder(prefix = "yardstick-import-"): ImportFileFolder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    csv(name, rows) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`, "utf8");
      return file;
    },
    async xlsx(name, sheets) {
      const workbook = new ExcelJS.Workbook();
      for (const sheet of sheets) {
        const worksheet = workbook.addWorksheet(sheet.name);
        for (const row of sheet.rows) worksheet.addRow([...row]);
      }
      const file = path.join(dir, name);
      await workbook.xlsx.writeFile(file);
      return file;
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
