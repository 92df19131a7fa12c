import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTable } from "../imports/reading/open-table.js";
import { neutraliseFormula } from "./formula-neutralise.js";
import { writeTable } from "./write-table.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "yardstick-export-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const columns = [
  { key: "number", header: "Employee number" },
  { key: "name", header: "Name" },
  { key: "value", header: "Value" },
  { key: "note", header: "Note" },
];

const rows = [
  { number: "E001", name: "Zoë Müller", value: -5, note: '=HYPERLINK("http://x")' },
  { number: "E002", name: "+cmd", value: 1234.5, note: 'multi\nline, "quoted"' },
  { number: "E003", name: "@SUM(A1)", value: null, note: "-2+3" },
];

async function* slowly() {
  for (const row of rows) {
    await new Promise((r) => setTimeout(r, 1));
    yield row;
  }
}

describe("neutraliseFormula", () => {
  it("prefixes text that starts like a formula and leaves numbers and plain text alone", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula("+1")).toBe("'+1");
    expect(neutraliseFormula("-5")).toBe("'-5");
    expect(neutraliseFormula("@x")).toBe("'@x");
    expect(neutraliseFormula("\tx")).toBe("'\tx");
    expect(neutraliseFormula("\rx")).toBe("'\rx");
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula(null)).toBeNull();
  });
});

describe("writeTable", () => {
  it("writes CSV that reads back with headers, quoted newlines and neutralised formulas", async () => {
    const path = join(dir, "export.csv");
    await writeTable(slowly(), columns, "csv", createWriteStream(path));
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = await openTable({ path });
    expect(table.headers).toEqual(["Employee number", "Name", "Value", "Note"]);
    const back = [];
    for await (const row of table.rows) back.push(row.cells);
    expect(back).toEqual([
      ["E001", "Zoë Müller", "-5", '\'=HYPERLINK("http://x")'],
      ["E002", "'+cmd", "1234.5", 'multi\nline, "quoted"'],
      ["E003", "'@SUM(A1)", "", "'-2+3"],
    ]);
  });

  it("writes XLSX with numbers as numbers and formula-like text as text", async () => {
    const path = join(dir, "export.xlsx");
    await writeTable(rows, columns, "xlsx", createWriteStream(path));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(createReadStream(path));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Employee number", "Name", "Value", "Note"]);
    expect(sheet.getCell("C2").value).toBe(-5);
    expect(sheet.getCell("D2").value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.getCell("D2").formula).toBeUndefined();
    expect(sheet.getCell("B3").value).toBe("'+cmd");
    expect(sheet.getCell("C4").value).toBeNull();
    const table = await openTable({ path });
    const back = [];
    for await (const row of table.rows) back.push(row.cells);
    expect(back[1]).toEqual(["E002", "'+cmd", "1234.5", 'multi\nline, "quoted"']);
  });
});
