import { describe, expect, it } from "vitest";
import { columnMappingSchema, type MeasurementMapping } from "../mapping/column-mapping.schema.js";
import type { TableRow } from "../reading/table.types.js";
import { InvalidMappingError } from "./invalid-mapping.error.js";
import type { MeasurementResolver, ResolverCycle, ResolverScorecard } from "./measurement-resolver.js";
import type { RowProblem } from "./row-problem.js";
import { type MeasurementRecord, validateMeasurementRows } from "./validate-measurements.js";

const months = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const m = from + i;
    const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
    const mm = String(m).padStart(2, "0");
    return {
      key: `m${i + 1}`,
      label: `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]} ${year}`,
      start: `${year}-${mm}-01`,
      end: `${year}-${mm}-${last}`,
    };
  });

const cycles: ResolverCycle[] = [
  {
    id: "c-2025h2",
    name: "H2 2025",
    status: "closed",
    start: "2025-07-01",
    end: "2025-12-31",
    subPeriods: months(2025, 7, 12),
  },
  {
    id: "c-2026q1",
    name: "Q1 2026",
    status: "open",
    start: "2026-01-01",
    end: "2026-03-31",
    subPeriods: months(2026, 1, 3),
  },
  {
    id: "c-2026q2",
    name: "Q2 2026",
    status: "draft",
    start: "2026-04-01",
    end: "2026-06-30",
    subPeriods: months(2026, 4, 6),
  },
];

const scorecards: ResolverScorecard[] = [
  {
    id: "s-anna",
    employeeId: "p-anna",
    cycleId: "c-2026q1",
    validFrom: "2026-01-01",
    validTo: "2026-03-31",
    kpiKeys: ["revenue", "win_rate"],
  },
  {
    id: "s-ben",
    employeeId: "p-ben",
    cycleId: "c-2026q1",
    validFrom: "2026-01-01",
    validTo: "2026-03-31",
    kpiKeys: ["csat"],
  },
];

function resolver(calls: { employees: number } = { employees: 0 }): MeasurementResolver {
  const people = [
    { id: "p-anna", employeeNumber: "E001", email: "anna@acme.test", name: "Anna Ek" },
    { id: "p-ben", employeeNumber: "E002", email: "ben@acme.test", name: "Ben Oz" },
    { id: "p-cleo", employeeNumber: "E003", email: null, name: "Cleo Li" },
  ];
  return {
    listKpis: async () => [
      { id: "k-rev", key: "revenue", name: "Revenue" },
      { id: "k-win", key: "win_rate", name: "Win rate" },
      { id: "k-csat", key: "csat", name: "Customer satisfaction" },
    ],
    listCycles: async () => cycles,
    findEmployees: async ({ employeeNumbers, emails }) => {
      calls.employees += 1;
      const numbers = new Set(employeeNumbers.map((n) => n.toLowerCase()));
      const mails = new Set(emails.map((e) => e.toLowerCase()));
      return people.filter((p) => numbers.has(p.employeeNumber.toLowerCase()) || (p.email && mails.has(p.email)));
    },
    findScorecards: async ({ employeeIds, cycleIds }) =>
      scorecards.filter((s) => employeeIds.includes(s.employeeId) && cycleIds.includes(s.cycleId)),
  };
}

async function* tableRows(rows: string[][]): AsyncGenerator<TableRow> {
  for (const [i, cells] of rows.entries()) yield { rowNumber: i + 2, cells };
}

async function run(
  headers: string[],
  rows: string[][],
  mapping: MeasurementMapping,
  decimalStyle: "dot-decimal" | "comma-decimal" = "dot-decimal",
) {
  const out: (MeasurementRecord | RowProblem)[] = [];
  for await (const r of validateMeasurementRows(tableRows(rows), headers, mapping, resolver(), {
    decimalStyle,
    batchSize: 2,
  }))
    out.push(r);
  return out;
}

const longMapping = columnMappingSchema.parse({
  kind: "measurements",
  shape: "long",
  employeeColumn: "Owner",
  periodColumn: "Date",
  kpiColumn: "KPI",
  valueColumn: "Value",
  commentColumn: "Note",
}) as MeasurementMapping;
const longHeaders = ["Owner", "Date", "KPI", "Value", "Note"];

describe("validateMeasurementRows, long files", () => {
  it("turns good rows into records with ids, sub-period and parsed numbers", async () => {
    const out = await run(
      longHeaders,
      [
        ["E001", "2026-03-15", "revenue", "1,234.5", "good month"],
        ["anna@acme.test", "Mar 2026", "Win rate", "12%", ""],
        ["e002", "46100", "CSAT", " 4.5 ", ""],
      ],
      longMapping,
    );
    expect(out).toEqual([
      {
        type: "record",
        row: 2,
        employeeId: "p-anna",
        kpiId: "k-rev",
        kpiKey: "revenue",
        cycleId: "c-2026q1",
        subPeriodKey: "m3",
        scorecardId: "s-anna",
        date: "2026-03-15",
        measuredOn: "2026-03-15",
        value: 1234.5,
        comment: "good month",
      },
      {
        type: "record",
        row: 3,
        employeeId: "p-anna",
        kpiId: "k-win",
        kpiKey: "win_rate",
        cycleId: "c-2026q1",
        subPeriodKey: "m3",
        scorecardId: "s-anna",
        date: "2026-03-01",
        measuredOn: "",
        value: 12,
        comment: null,
      },
      {
        type: "record",
        row: 4,
        employeeId: "p-ben",
        kpiId: "k-csat",
        kpiKey: "csat",
        cycleId: "c-2026q1",
        subPeriodKey: "m3",
        scorecardId: "s-ben",
        date: "2026-03-19",
        measuredOn: "2026-03-19",
        value: 4.5,
        comment: null,
      },
    ]);
  });

  it("reports every problem by row and column with the value named", async () => {
    const out = await run(
      longHeaders,
      [
        ["E999", "2026-03-01", "revenue", "1", ""],
        ["E001", "2026-03-01", "Profit", "1", ""],
        ["E001", "2026-03-01", "revenue", "abc", ""],
        ["E001", "2027-01-01", "revenue", "1", ""],
        ["E001", "2025-11-03", "revenue", "1", ""],
        ["E001", "2026-05-01", "revenue", "1", ""],
        ["E001", "Q1 2026", "revenue", "1", ""],
        ["E001", "03/04/2026", "revenue", "1", ""],
        ["E001", "someday", "revenue", "1", ""],
        ["E003", "2026-03-01", "revenue", "1", ""],
        ["E002", "2026-03-01", "revenue", "1", ""],
        ["E001", "2026-02-10", "revenue", "5", ""],
        ["E001", "2026-02-10", "revenue", "6", ""],
        ["", "2026-02-10", "revenue", "", ""],
        ["E001", "2026-02-11", "revenue", "NaN", ""],
        ["E001", "2026-02-11", "revenue", "Infinity", ""],
      ],
      longMapping,
    );
    const problems = out.filter((r): r is RowProblem => r.type === "problem");
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "Owner", "unknown-employee"],
      [3, "KPI", "unknown-kpi"],
      [4, "Value", "not-a-number"],
      [5, "Date", "outside-cycle"],
      [6, "Date", "closed-cycle"],
      [7, "Date", "cycle-not-open"],
      [8, "Date", "period-spans-sub-periods"],
      [9, "Date", "ambiguous-date"],
      [10, "Date", "invalid-period"],
      [11, "Owner", "no-scorecard"],
      [12, "KPI", "kpi-not-on-scorecard"],
      [14, "Value", "duplicate-in-file"],
      [15, "Owner", "missing-value"],
      [15, "Value", "missing-value"],
      [16, "Value", "not-a-number"],
      [17, "Value", "not-a-number"],
    ]);
    const message = (row: number) => problems.find((p) => p.row === row)?.message;
    expect(message(2)).toBe("Row 2, column 'Owner': 'E999' is not a known employee number");
    expect(message(4)).toBe("Row 4, column 'Value': 'abc' is not a number");
    expect(message(6)).toBe("Row 6, column 'Date': '2025-11-03' falls in cycle 'H2 2025', which is closed");
    expect(message(14)).toBe("Row 14, column 'Value': Revenue for Anna Ek in 2026-02-10 is already on row 13");
    expect(message(12)).toBe("Row 12, column 'KPI': KPI 'Revenue' is not on Ben Oz's scorecard in cycle 'Q1 2026'");
    expect(out.filter((r) => r.type === "record").map((r) => r.row)).toEqual([13]);
  });

  it("reads comma decimals when the file uses them, and the mapping can fix the day order", async () => {
    const mapping = { ...longMapping, dateOrder: "dmy" as const };
    const out = await run(longHeaders, [["E001", "03/02/2026", "revenue", "1.234,5", ""]], mapping, "comma-decimal");
    expect(out[0]).toMatchObject({ type: "record", date: "2026-02-03", value: 1234.5 });
  });

  it("looks each employee up once and reports progress", async () => {
    const calls = { employees: 0 };
    const progress: number[] = [];
    const rows = Array.from({ length: 6 }, (_, i) => ["E001", `2026-01-0${i + 1}`, "revenue", "1", ""]);
    const out = [];
    for await (const r of validateMeasurementRows(tableRows(rows), longHeaders, longMapping, resolver(calls), {
      decimalStyle: "dot-decimal",
      batchSize: 2,
      onProgress: (p) => progress.push(p.rows),
    }))
      out.push(r);
    expect(out).toHaveLength(6);
    expect(calls.employees).toBe(1);
    expect(progress).toEqual([2, 4, 6]);
  });
});

describe("validateMeasurementRows, wide files", () => {
  const headers = ["Emp #", "Month", "Revenue", "Revenue remarks", "Win rate", "Remarks"];
  const mapping = columnMappingSchema.parse({
    kind: "measurements",
    shape: "wide",
    employeeColumn: "Emp #",
    periodColumn: "Month",
    kpiColumns: [
      { column: "Revenue", kpiKey: "revenue", commentColumn: "Revenue remarks" },
      { column: "Win rate", kpiKey: "win_rate" },
    ],
    commentColumn: "Remarks",
  }) as MeasurementMapping;

  it("makes one record per filled KPI column with its own or the row's remark", async () => {
    const out = await run(
      headers,
      [
        ["E001", "2026-01", "100", "big deal", "0.3", "row note"],
        ["E001", "2026-02", "", "", "0.4", ""],
      ],
      mapping,
    );
    expect(
      out.map((r) => (r.type === "record" ? [r.row, r.kpiKey, r.value, r.comment, r.subPeriodKey] : r.message)),
    ).toEqual([
      [2, "revenue", 100, "big deal", "m1"],
      [2, "win_rate", 0.3, "row note", "m1"],
      [3, "win_rate", 0.4, null, "m2"],
    ]);
  });

  it("refuses a mapping naming a column or KPI that is not there", async () => {
    await expect(run(["Emp #", "Month"], [], mapping)).rejects.toThrow(InvalidMappingError);
    const unknownKpi = { ...mapping, kpiColumns: [{ column: "Revenue", kpiKey: "profit" }] } as MeasurementMapping;
    await expect(run(headers, [], unknownKpi)).rejects.toThrow("to the KPI 'profit', which does not exist");
  });

  it("uses a fixed period for a file without a period column", async () => {
    const fixed = { ...mapping, periodColumn: undefined, fixedPeriod: "Feb 2026" } as MeasurementMapping;
    const out = await run(headers, [["E001", "ignored", "7", "", "", ""]], fixed);
    expect(out).toEqual([
      expect.objectContaining({ type: "record", date: "2026-02-01", subPeriodKey: "m2", value: 7 }),
    ]);
  });
});
