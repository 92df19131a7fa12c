import { describe, expect, it } from "vitest";
import { healthNumbers, healthSummary } from "./kpi-health-format.js";

describe("healthNumbers", () => {
  it("shows reach and coverage", () => {
    expect(healthNumbers({ counts: { scorecards: 3, withValue: 2, scored: 2, reached: 2 }, reachShare: 1 })).toBe(
      "2 of 2 reached the target (100%) · values on 2 of 3 scorecards",
    );
  });

  it("shows only coverage without any score", () => {
    expect(healthNumbers({ counts: { scorecards: 1, withValue: 0, scored: 0, reached: 0 }, reachShare: null })).toBe(
      "values on 0 of 1 scorecard",
    );
  });
});

describe("healthSummary", () => {
  const none = { "too-easy": 0, unrealistic: 0, "no-data": 0, orphaned: 0 };

  it("counts flagged KPIs by kind", () => {
    expect(healthSummary({ kpis: 12, flagged: 3, byKind: { ...none, "too-easy": 1, orphaned: 2 } })).toBe(
      "3 of 12 KPIs flagged: 1 too easy, 2 orphaned",
    );
  });

  it("says so when everything is healthy or there is nothing to judge", () => {
    expect(healthSummary({ kpis: 4, flagged: 0, byKind: none })).toBe("All 4 KPIs look healthy");
    expect(healthSummary({ kpis: 0, flagged: 0, byKind: none })).toBe("No KPIs to judge yet");
  });
});
