import { describe, expect, it } from "vitest";
import { type AppliedOverride, scorecardItems } from "./scorecard-items.js";
import type { ScorecardSnapshot } from "./scorecard-snapshot.js";

const snapshot: ScorecardSnapshot = {
  role: { id: "r1", key: "sales-exec", title: "Sales Executive" },
  framework: {
    versionId: "v1",
    version: 1,
    effectiveDate: null,
    missingData: "exclude",
    sections: [],
    assignments: [
      { kpi: "revenue", weight: 60, objectives: [], scoring: { method: "linear", baseline: 0, target: 100 } },
      { kpi: "nps", weight: 40, objectives: [], scoring: { method: "ratio", target: 50, direction: "higher" } },
    ],
  },
  kpis: [
    {
      key: "revenue",
      name: "Revenue",
      description: null,
      unit: "EUR",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      reporter: "system",
      kind: "quantitative",
      timing: "lagging",
      focus: "performance",
      ratingScale: null,
    },
  ],
};

const override = (id: string, target: number): AppliedOverride => ({
  id,
  kpi: "revenue",
  scoring: { method: "linear", baseline: 0, target },
  reason: "part-time",
  createdBy: null,
  createdAt: "2026-01-01T00:00:00.000Z",
});

describe("scorecardItems", () => {
  it("uses the framework's scoring when there is no override", () => {
    const items = scorecardItems(snapshot, []);
    expect(items.map((i) => i.scoring)).toEqual([
      { method: "linear", baseline: 0, target: 100 },
      { method: "ratio", target: 50, direction: "higher" },
    ]);
    expect(items[0]?.kpi?.name).toBe("Revenue");
    expect(items[1]?.kpi).toBeNull();
  });

  it("applies the latest override of a KPI and leaves the others alone", () => {
    const items = scorecardItems(snapshot, [override("o1", 80), override("o2", 60)]);
    expect(items[0]?.scoring).toEqual({ method: "linear", baseline: 0, target: 60 });
    expect(items[0]?.override?.id).toBe("o2");
    expect(items[1]?.override).toBeNull();
  });
});
