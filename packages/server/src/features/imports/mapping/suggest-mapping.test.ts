import { describe, expect, it } from "vitest";
import { applySavedMapping } from "./apply-saved-mapping.js";
import { columnMappingSchema } from "./column-mapping.schema.js";
import { labelSimilarity, normaliseLabel } from "./header-match.js";
import { suggestMapping } from "./suggest-mapping.js";

const kpis = [
  { key: "revenue", name: "Revenue" },
  { key: "win_rate", name: "Win rate" },
  { key: "first_response_time", name: "First response time" },
  { key: "csat", name: "Customer satisfaction" },
  { key: "tickets_solved", name: "Tickets solved" },
];

describe("header matching", () => {
  it("folds case, accents, punctuation and abbreviations", () => {
    expect(normaliseLabel("  Emp #  ")).toBe("employee number");
    expect(normaliseLabel("E-Mail")).toBe("email");
    expect(normaliseLabel("Personnel No.")).toBe("personnel number");
    expect(normaliseLabel("Économie_Réalisée")).toBe("economie realisee");
  });

  it("scores exact, contained, bracketed and misspelled headers in that order", () => {
    const exact = labelSimilarity("Employee ID", "employee id");
    const bracket = labelSimilarity("Revenue (EUR)", "revenue");
    const contained = labelSimilarity("Employee ID HRIS", "employee id");
    const typo = labelSimilarity("Emplyee Number", "employee number");
    expect(exact).toBe(1);
    expect(bracket).toBeGreaterThan(contained);
    expect(contained).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(0.6);
    expect(labelSimilarity("Region", "employee number")).toBe(0);
    expect(labelSimilarity("ix", "id")).toBe(0);
  });
});

describe("suggestMapping for measurements", () => {
  it("recognises a long CRM export (owner email, close date, metric, amount, notes)", () => {
    const headers = ["Deal Owner Email", "Close Date", "Metric", "Amount", "Notes", "Pipeline"];
    const s = suggestMapping(headers, { kpis, kind: "measurements" });
    expect(s.shape).toBe("long");
    expect(s.missing).toEqual([]);
    expect(s.mapping).toEqual({
      kind: "measurements",
      shape: "long",
      employeeColumn: "Deal Owner Email",
      employeeMatch: "email",
      periodColumn: "Close Date",
      kpiColumn: "Metric",
      valueColumn: "Amount",
      commentColumn: "Notes",
      numberFormat: "auto",
      dateOrder: "auto",
    });
    expect(s.unmapped).toEqual(["Pipeline"]);
    expect(columnMappingSchema.safeParse(s.mapping).success).toBe(true);
  });

  it("recognises a wide ticketing export with per-KPI remarks and a row comment", () => {
    const headers = [
      "Emp #",
      "Month",
      "Agent name",
      "First Response Time (hrs)",
      "FRT remarks",
      "Tickets Solved",
      "Tickets solved - comment",
      "CSAT",
      "Customer Satisfaction Note",
      "Remarks",
    ];
    const s = suggestMapping(headers, { kpis, kind: "measurements" });
    expect(s.shape).toBe("wide");
    const mapping = s.mapping;
    if (mapping?.kind !== "measurements" || mapping.shape !== "wide") throw new Error("expected a wide mapping");
    expect(mapping.employeeColumn).toBe("Emp #");
    expect(mapping.employeeMatch).toBe("employeeNumber");
    expect(mapping.periodColumn).toBe("Month");
    expect(mapping.commentColumn).toBe("Remarks");
    expect(mapping.kpiColumns).toEqual([
      { column: "First Response Time (hrs)", kpiKey: "first_response_time", commentColumn: undefined },
      { column: "Tickets Solved", kpiKey: "tickets_solved", commentColumn: "Tickets solved - comment" },
      { column: "CSAT", kpiKey: "csat", commentColumn: "Customer Satisfaction Note" },
    ]);
    expect(s.unmapped).toEqual(["Agent name", "FRT remarks"]);
    const frt = s.columns.find((c) => c.column === "First Response Time (hrs)");
    expect(frt?.confidence).toBe(0.95);
    expect(frt?.reason).toBe('header matches the name of KPI "First response time"');
  });

  it("says what is missing instead of guessing", () => {
    const s = suggestMapping(["Region", "Revenue"], { kpis, kind: "measurements" });
    expect(s.shape).toBe("wide");
    expect(s.mapping).toBeNull();
    expect(s.missing).toEqual([
      "a column identifying the employee (employee number or email)",
      "a column with the date or period (or choose one period for the whole file)",
    ]);
    const none = suggestMapping(["Personnel number", "Period", "Region"], { kpis, kind: "measurements" });
    expect(none.shape).toBeNull();
    expect(none.missing).toEqual(["a KPI column with a value column, or columns named after KPIs"]);
  });

  it("prefers the employee number when both number and email are there", () => {
    const s = suggestMapping(["E-mail", "Employee ID", "Date", "KPI key", "Value"], { kpis, kind: "measurements" });
    expect(s.mapping).toMatchObject({ employeeColumn: "Employee ID", employeeMatch: "employeeNumber" });
    expect(s.unmapped).toEqual(["E-mail"]);
  });
});

describe("suggestMapping for people", () => {
  it("maps a typical HRIS export, keeping the manager's email off the person's email", () => {
    const headers = [
      "Personnel No.",
      "First Name",
      "Last Name",
      "Work E-mail",
      "Job Title",
      "Department",
      "Manager Email",
      "Hire Date",
      "Employment Status",
      "Cost center",
    ];
    const s = suggestMapping(headers, { kpis: [], kind: "people" });
    expect(s.missing).toEqual([]);
    expect(s.mapping).toEqual({
      kind: "people",
      employeeNumberColumn: "Personnel No.",
      nameColumn: undefined,
      firstNameColumn: "First Name",
      lastNameColumn: "Last Name",
      emailColumn: "Work E-mail",
      roleColumn: "Job Title",
      orgUnitColumn: "Department",
      managerColumn: "Manager Email",
      startDateColumn: "Hire Date",
      activeColumn: "Employment Status",
      dateOrder: "auto",
    });
    expect(s.unmapped).toEqual(["Cost center"]);
  });

  it("reports a missing employee number and name", () => {
    const s = suggestMapping(["Department", "Team size"], { kpis: [], kind: "people" });
    expect(s.mapping).toBeNull();
    expect(s.missing).toEqual(["a column with the employee number", "a name column (or first and last name columns)"]);
  });
});

describe("applySavedMapping", () => {
  const saved = columnMappingSchema.parse({
    kind: "measurements",
    shape: "wide",
    employeeColumn: "Emp #",
    periodColumn: "Month",
    kpiColumns: [
      { column: "Revenue", kpiKey: "revenue", commentColumn: "Revenue remarks" },
      { column: "Win rate", kpiKey: "win_rate" },
    ],
  });

  it("maps next month's file even when headers changed case and spacing", () => {
    const applied = applySavedMapping(["emp  #", "MONTH", "revenue", "Revenue Remarks", "Win Rate", "New KPI"], saved);
    expect(applied.missing).toEqual([]);
    expect(applied.unmapped).toEqual(["New KPI"]);
    expect(applied.mapping).toMatchObject({
      employeeColumn: "emp  #",
      periodColumn: "MONTH",
      kpiColumns: [
        { column: "revenue", kpiKey: "revenue", commentColumn: "Revenue Remarks" },
        { column: "Win Rate", kpiKey: "win_rate" },
      ],
    });
  });

  it("reports columns that disappeared", () => {
    const applied = applySavedMapping(["Emp #", "Month", "Revenue"], saved);
    expect(applied.missing.map((m) => m.field)).toEqual(["kpiColumns.revenue.commentColumn", "kpiColumns.win_rate"]);
    expect(applied.missing[1]?.message).toBe('The column "Win rate" used by the saved mapping is not in this file.');
  });

  it("rejects a mapping without a period source", () => {
    const result = columnMappingSchema.safeParse({
      kind: "measurements",
      shape: "long",
      employeeColumn: "E",
      kpiColumn: "K",
      valueColumn: "V",
    });
    expect(result.success).toBe(false);
  });
});
