import { describe, expect, it } from "vitest";
import type { MappingSuggestion, WideMeasurementMapping } from "./imports.types.js";
import {
  draftFromMapping,
  draftFromSuggestion,
  mappingFromDraft,
  targetOptions,
  withAssignment,
  withShape,
} from "./mapping-draft.model.js";

const wideHeaders = ["Emp #", "Month", "Revenue", "Revenue remarks", "NPS", "Notes"];
const wide: WideMeasurementMapping = {
  kind: "measurements",
  shape: "wide",
  employeeColumn: "Emp #",
  employeeMatch: "employeeNumber",
  periodColumn: "Month",
  kpiColumns: [
    { column: "Revenue", kpiKey: "revenue", commentColumn: "Revenue remarks" },
    { column: "NPS", kpiKey: "nps" },
  ],
  commentColumn: "Notes",
  numberFormat: "auto",
  dateOrder: "dmy",
};

describe("draftFromMapping / mappingFromDraft", () => {
  it("round-trips a wide mapping", () => {
    const draft = draftFromMapping(wideHeaders, wide);
    expect(draft.columns.Revenue).toEqual({ target: "kpi-value", kpiKey: "revenue" });
    expect(draft.columns["Revenue remarks"]).toEqual({ target: "kpi-comment", kpiKey: "revenue" });
    expect(mappingFromDraft(draft)).toEqual({ mapping: wide, problems: [] });
  });

  it("round-trips a people mapping with first and last name", () => {
    const headers = ["Personnel No", "First", "Last", "Mail", "Boss"];
    const mapping = {
      kind: "people" as const,
      employeeNumberColumn: "Personnel No",
      firstNameColumn: "First",
      lastNameColumn: "Last",
      emailColumn: "Mail",
      managerColumn: "Boss",
      dateOrder: "auto" as const,
    };
    expect(mappingFromDraft(draftFromMapping(headers, mapping))).toEqual({ mapping, problems: [] });
  });

  it("ignores columns of a saved mapping that this file does not have", () => {
    const draft = draftFromMapping(["Emp #", "Month", "Revenue"], wide);
    expect(Object.keys(draft.columns)).toEqual(["Emp #", "Month", "Revenue"]);
    expect(mappingFromDraft(draft).mapping).toMatchObject({ kpiColumns: [{ column: "Revenue", kpiKey: "revenue" }] });
  });
});

describe("mappingFromDraft problems", () => {
  it("names everything missing in a long file", () => {
    const draft = withShape(draftFromMapping(wideHeaders, wide), "long");
    const { mapping, problems } = mappingFromDraft(draft);
    expect(mapping).toBeNull();
    expect(problems).toEqual(["Choose the column naming the KPI of each row.", "Choose the column with the value."]);
  });

  it("accepts a fixed period instead of a period column", () => {
    let draft = withAssignment(draftFromMapping(wideHeaders, wide), "Month", { target: "ignore" });
    expect(mappingFromDraft(draft).problems).toEqual([
      "Choose the column with the period or date, or give one period for every row.",
    ]);
    draft = { ...draft, fixedPeriod: " 2026-03 " };
    expect(mappingFromDraft(draft).mapping).toMatchObject({ fixedPeriod: "2026-03" });
    expect(mappingFromDraft(draft).mapping).not.toHaveProperty("periodColumn");
  });

  it("refuses two columns for one field and two columns for one KPI", () => {
    let draft = draftFromMapping(wideHeaders, wide);
    draft = withAssignment(draft, "Notes", { target: "period" });
    draft = withAssignment(draft, "NPS", { target: "kpi-value", kpiKey: "revenue" });
    const { mapping, problems } = mappingFromDraft(draft);
    expect(mapping).toBeNull();
    expect(problems).toContain('"Month" and "Notes" are all mapped to Period or date: keep one.');
    expect(problems).toContain('"Revenue" and "NPS" both hold the values of KPI revenue: keep one.');
  });

  it("asks for the KPI of a KPI column and refuses remarks on a KPI without values", () => {
    let draft = draftFromMapping(wideHeaders, wide);
    draft = withAssignment(draft, "NPS", { target: "kpi-value" });
    draft = withAssignment(draft, "Notes", { target: "kpi-comment", kpiKey: "churn" });
    expect(mappingFromDraft(draft).problems).toEqual([
      'Choose which KPI the column "NPS" holds.',
      '"Notes" holds remarks on KPI churn, but no column holds that KPI\'s values.',
    ]);
  });

  it("requires a name for people", () => {
    const draft = draftFromMapping(["No", "First"], {
      kind: "people",
      employeeNumberColumn: "No",
      firstNameColumn: "First",
      dateOrder: "auto",
    });
    expect(mappingFromDraft(draft).problems).toEqual([
      "Choose a full name column, or both a first and a last name column.",
    ]);
  });
});

describe("draftFromSuggestion", () => {
  it("keeps every partial guess when the suggestion is incomplete", () => {
    const suggestion: MappingSuggestion = {
      kind: "measurements",
      shape: "wide",
      mapping: null,
      columns: [
        { column: "Owner Email", field: "employee", employeeMatch: "email", confidence: 0.95, reason: "" },
        { column: "Revenue", field: "kpi-value", kpiKey: "revenue", confidence: 0.9, reason: "" },
      ],
      unmapped: ["Closed"],
      missing: ["a period"],
    };
    const draft = draftFromSuggestion(["Owner Email", "Closed", "Revenue"], suggestion);
    expect(draft.shape).toBe("wide");
    expect(draft.columns).toEqual({
      "Owner Email": { target: "employee-email" },
      Closed: { target: "ignore" },
      Revenue: { target: "kpi-value", kpiKey: "revenue" },
    });
  });
});

describe("withShape / targetOptions", () => {
  it("drops fields the new shape has no place for", () => {
    const draft = withShape(draftFromMapping(wideHeaders, wide), "long");
    expect(draft.columns.Revenue).toEqual({ target: "ignore" });
    expect(draft.columns["Emp #"]).toEqual({ target: "employee-number" });
  });

  it("offers the KPI name and value only to long files", () => {
    const long = targetOptions("measurements", "long").map((o) => o.value);
    const wideOptions = targetOptions("measurements", "wide").map((o) => o.value);
    expect(long).toContain("kpi");
    expect(long).not.toContain("kpi-value");
    expect(wideOptions).toContain("kpi-value");
    expect(wideOptions).not.toContain("value");
  });
});
