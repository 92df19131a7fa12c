import { describe, expect, it } from "vitest";
import { addDays, addMonths, cadenceEndDate, isRealDate, monthlySubPeriods } from "./cycle-dates.js";

describe("cycle dates", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("clamps a month end that does not exist in the target month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
  });

  it("derives the end of quarterly, half-yearly and yearly cycles", () => {
    expect(cadenceEndDate("quarterly", "2026-01-01")).toBe("2026-03-31");
    expect(cadenceEndDate("half-yearly", "2026-07-01")).toBe("2026-12-31");
    expect(cadenceEndDate("yearly", "2026-04-01")).toBe("2027-03-31");
  });

  it("splits a cycle into months, cutting the last one at the cycle end", () => {
    expect(monthlySubPeriods("2026-01-01", "2026-03-31")).toEqual([
      { key: "m1", label: "Jan 2026", start: "2026-01-01", end: "2026-01-31" },
      { key: "m2", label: "Feb 2026", start: "2026-02-01", end: "2026-02-28" },
      { key: "m3", label: "Mar 2026", start: "2026-03-01", end: "2026-03-31" },
    ]);
    expect(monthlySubPeriods("2026-01-15", "2026-02-20")).toEqual([
      { key: "m1", label: "Jan 2026", start: "2026-01-15", end: "2026-02-14" },
      { key: "m2", label: "Feb 2026", start: "2026-02-15", end: "2026-02-20" },
    ]);
  });

  it("tells real calendar dates from impossible ones", () => {
    expect(isRealDate("2026-02-28")).toBe(true);
    expect(isRealDate("2026-02-30")).toBe(false);
    expect(isRealDate("26-02-01")).toBe(false);
  });
});
