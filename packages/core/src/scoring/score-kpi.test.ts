import { describe, expect, it } from "vitest";
import { scoreKpi } from "./score-kpi.js";
import { ScoringConfigError } from "./scoring-errors.js";

describe("scoreKpi", () => {
  it("aggregates, then scores, explaining both steps", () => {
    const result = scoreKpi({
      values: [30, 40, 50],
      aggregation: "sum",
      scoring: { method: "linear", baseline: 0, target: 200 },
    });
    expect(result.value).toBe(120);
    expect(result.score).toBeCloseTo(0.6, 10);
    expect(result.explanation[0]).toBe("Aggregated 3 values by sum: 120");
    expect(result.explanation[1]).toBe("linear: (120 − 0) / (200 − 0) = 0.6 (60%)");
  });

  it("gives a null score when there is no data", () => {
    const result = scoreKpi({
      values: [],
      aggregation: "average",
      scoring: { method: "linear", baseline: 0, target: 1 },
    });
    expect(result).toEqual({
      value: null,
      score: null,
      explanation: ["No values to aggregate by average: no data", "No data, so no score"],
    });
  });

  it("scores a count of no values (0)", () => {
    const result = scoreKpi({
      values: [],
      aggregation: "count",
      scoring: { method: "binary", target: 1, direction: "lower" },
    });
    expect(result.value).toBe(0);
    expect(result.score).toBe(1);
  });

  it("rejects a degenerate configuration even without data", () => {
    expect(() => scoreKpi({ values: [], aggregation: "sum", scoring: { method: "bands", bands: [] } })).toThrow(
      ScoringConfigError,
    );
  });
});
