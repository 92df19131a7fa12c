import { describe, expect, it } from "vitest";
import { parseDateCell } from "./date-cell.parse.js";
import { decimalStyleFor, parseNumberCell } from "./number-cell.parse.js";
import { parsePeriodCell } from "./period-label.parse.js";

const num = (text: string, style: "dot-decimal" | "comma-decimal" = "dot-decimal") => {
  const r = parseNumberCell(text, style);
  return r.ok ? r.value : null;
};

describe("parseNumberCell", () => {
  it("reads both decimal styles, grouping, percent, currency, spaces and accounting negatives", () => {
    expect(num("1,234.5")).toBe(1234.5);
    expect(num("1.234,5")).toBe(1234.5);
    expect(num("1 234,5")).toBe(1234.5);
    expect(num("1'234.5")).toBe(1234.5);
    expect(num("1,234,567")).toBe(1234567);
    expect(num("12%")).toBe(12);
    expect(num("€ 99")).toBe(99);
    expect(num("(120)")).toBe(-120);
    expect(num("-0.5")).toBe(-0.5);
    expect(num(".5")).toBe(0.5);
    expect(num("1e3")).toBe(1000);
    expect(num("0,5")).toBe(0.5);
  });

  it("lets the file's style decide only the ambiguous one-separator-three-digits case", () => {
    expect(num("1,234", "dot-decimal")).toBe(1234);
    expect(num("1,234", "comma-decimal")).toBe(1.234);
    expect(num("1.234", "comma-decimal")).toBe(1234);
    expect(num("1.5", "comma-decimal")).toBe(1.5);
  });

  it("rejects text, NaN, Infinity and broken grouping", () => {
    for (const bad of ["abc", "NaN", "Infinity", "-Infinity", "", "1,23,4", "1.2.3,4,5", "0x10", "12abc", "#ERROR!"]) {
      expect(num(bad)).toBeNull();
    }
  });

  it("assumes comma decimals for semicolon files", () => {
    expect(decimalStyleFor("auto", { format: "csv", delimiter: ";" })).toBe("comma-decimal");
    expect(decimalStyleFor("auto", { format: "xlsx" })).toBe("dot-decimal");
    expect(decimalStyleFor("comma-decimal", { format: "xlsx" })).toBe("comma-decimal");
  });
});

describe("parseDateCell and parsePeriodCell", () => {
  it("reads ISO, dotted, unambiguous slash and Excel serial dates", () => {
    expect(parseDateCell("2026-03-31", "auto")).toEqual({ ok: true, date: "2026-03-31" });
    expect(parseDateCell("2026-03-31T10:00:00Z", "auto")).toEqual({ ok: true, date: "2026-03-31" });
    expect(parseDateCell("31.03.2026", "auto")).toEqual({ ok: true, date: "2026-03-31" });
    expect(parseDateCell("31/03/2026", "auto")).toEqual({ ok: true, date: "2026-03-31" });
    expect(parseDateCell("03/31/2026", "auto")).toEqual({ ok: true, date: "2026-03-31" });
    expect(parseDateCell("46112", "auto")).toEqual({ ok: true, date: "2026-03-31" });
    expect(parseDateCell("03/04/2026", "auto")).toEqual({ ok: false, ambiguous: true });
    expect(parseDateCell("03/04/2026", "mdy")).toEqual({ ok: true, date: "2026-03-04" });
    expect(parseDateCell("2026-02-30", "auto")).toEqual({ ok: false });
  });

  it("reads month, quarter and week labels as spans", () => {
    const span = (text: string) => {
      const r = parsePeriodCell(text, "auto");
      return r.ok && r.period.kind === "span" ? [r.period.start, r.period.end] : null;
    };
    expect(span("2026-03")).toEqual(["2026-03-01", "2026-03-31"]);
    expect(span("03/2026")).toEqual(["2026-03-01", "2026-03-31"]);
    expect(span("March 2026")).toEqual(["2026-03-01", "2026-03-31"]);
    expect(span("Feb-28")).toEqual(["2028-02-01", "2028-02-29"]);
    expect(span("2026-M02")).toEqual(["2026-02-01", "2026-02-28"]);
    expect(span("Q2 2026")).toEqual(["2026-04-01", "2026-06-30"]);
    expect(span("2026-W01")).toEqual(["2025-12-29", "2026-01-04"]);
    expect(span("sometime")).toBeNull();
  });
});
