import { describe, expect, it } from "vitest";
import type { BulkMeasurement } from "../measurements/measurements.bulk.js";
import { readSpillLine, spillLine } from "./value-spill.js";

const base: BulkMeasurement = {
  row: 12,
  scorecardId: "0b6f4d0e-1c1e-4a55-9c6c-3f3f0c3a0001",
  kpi: "revenue",
  period: "2026-03",
  measuredOn: "2026-03-31",
  value: 1234.5,
  comment: null,
};

describe("value spill lines", () => {
  it("round-trips values exactly, including awkward numbers and comments with tabs and line breaks", () => {
    const cases: BulkMeasurement[] = [
      base,
      { ...base, measuredOn: "", value: 0.1 + 0.2 },
      { ...base, value: -1e-7, comment: 'tab\there, "quotes" and\na new line' },
      { ...base, value: 5e21, comment: "" },
    ];
    for (const m of cases) {
      const line = spillLine(m);
      expect(line.endsWith("\n")).toBe(true);
      expect(line.slice(0, -1)).not.toContain("\n");
      expect(readSpillLine(line.slice(0, -1))).toEqual(m);
    }
  });

  it("refuses a line that is not one of its own", () => {
    expect(() => readSpillLine('{"row":1}')).toThrow(/unreadable spilled value/);
  });
});
