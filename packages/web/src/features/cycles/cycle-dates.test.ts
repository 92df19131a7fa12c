import { describe, expect, it } from "vitest";
import { addMonths, cycleEndDate, isIsoDate, monthlySubPeriods, subPeriodAt, todayIso } from "./cycle-dates.js";

describe("cycle dates", () => {
  it("derives the end of fixed cadences", () => {
    expect(cycleEndDate("quarterly", "2026-01-01")).toBe("2026-03-31");
    expect(cycleEndDate("half-yearly", "2026-07-01")).toBe("2026-12-31");
    expect(cycleEndDate("yearly", "2026-04-01")).toBe("2027-03-31");
  });

  it("takes the custom end only when it is a real date", () => {
    expect(cycleEndDate("custom", "2026-01-01", "2026-02-15")).toBe("2026-02-15");
    expect(cycleEndDate("custom", "2026-01-01", "2026-02-30")).toBeUndefined();
    expect(cycleEndDate("quarterly", "not a date")).toBeUndefined();
  });

  it("keeps month ends valid", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(isIsoDate("2026-02-29")).toBe(false);
  });

  it("cuts monthly sub-periods at the end", () => {
    const periods = monthlySubPeriods("2026-01-15", "2026-03-01");
    expect(periods.map((p) => [p.key, p.label, p.start, p.end])).toEqual([
      ["m1", "Jan 2026", "2026-01-15", "2026-02-14"],
      ["m2", "Feb 2026", "2026-02-15", "2026-03-01"],
    ]);
    expect(monthlySubPeriods("2026-03-01", "2026-01-01")).toEqual([]);
  });

  it("finds the sub-period of a date", () => {
    const periods = monthlySubPeriods("2026-01-01", "2026-03-31");
    expect(subPeriodAt(periods, "2026-02-10")?.key).toBe("m2");
    expect(subPeriodAt(periods, "2027-01-01")?.key).toBe("m3");
    expect(subPeriodAt(periods, "2025-01-01")?.key).toBe("m1");
  });

  it("formats today as a local date", () => {
    expect(todayIso(new Date(2026, 1, 3, 23, 30))).toBe("2026-02-03");
  });
});
