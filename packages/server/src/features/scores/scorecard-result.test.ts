import { DEFAULT_RATING_SCALE } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import type { ScorecardSnapshot, SnapshotKpi } from "../scorecards/scorecard-snapshot.js";
import { computeScorecardResult, type ScoredMeasurement } from "./scorecard-result.js";

const kpi = (key: string, overrides: Partial<SnapshotKpi> = {}): SnapshotKpi => ({
  key,
  name: key.toUpperCase(),
  description: null,
  unit: "count",
  direction: "higher",
  aggregation: "sum",
  frequency: "monthly",
  reporter: "manager",
  kind: "quantitative",
  timing: "lagging",
  focus: "performance",
  ratingScale: null,
  ...overrides,
});

function snapshot(overrides: Partial<ScorecardSnapshot["framework"]> = {}, kpis?: SnapshotKpi[]): ScorecardSnapshot {
  return {
    role: { id: "r", key: "role", title: "Role" },
    framework: {
      versionId: "v",
      version: 1,
      effectiveDate: null,
      missingData: "exclude",
      sections: [],
      assignments: [
        { kpi: "a", weight: 30, objectives: [], scoring: { method: "linear", baseline: 0, target: 5 } },
        { kpi: "b", weight: 70, objectives: [], scoring: { method: "linear", baseline: 0, target: 5 } },
      ],
      ...overrides,
    },
    kpis: kpis ?? [kpi("a", { aggregation: "last" }), kpi("b", { aggregation: "last" })],
  };
}

const periods = [
  { key: "m1", label: "Jan", start: "2026-01-01", end: "2026-01-31" },
  { key: "m2", label: "Feb", start: "2026-02-01", end: "2026-02-28" },
];
const m = (kpiKey: string, value: number, period = "m1", measuredOn = ""): ScoredMeasurement => ({
  kpi: kpiKey,
  period,
  measuredOn,
  value,
});
const compute = (s: ScorecardSnapshot, measurements: ScoredMeasurement[]) =>
  computeScorecardResult({
    snapshot: s,
    overrides: [],
    subPeriods: periods,
    measurements,
    ratingScale: [...DEFAULT_RATING_SCALE],
  });

describe("computeScorecardResult", () => {
  it("reproduces the anchor: ratings 5 (weight 30) and 3 (weight 70) scored 0..5 give 72%", () => {
    const result = compute(snapshot(), [m("a", 5), m("b", 3)]);
    expect(result.overall).toBeCloseTo(0.72);
    expect(result.rating).toEqual({ value: 2, label: "Partially meets expectations" });
    expect(result.kpis.map((k) => k.score)).toEqual([1, 0.6]);
  });

  it("explains aggregation, method, parameters, clamping, weights and the missing-data policy", () => {
    const result = compute(snapshot(), [m("a", 9)]);
    const a = result.kpis[0]?.explanation.join("\n") ?? "";
    expect(a).toMatch(/Aggregation: last/);
    expect(a).toMatch(/Method: linear \(baseline 0, target 5\)/);
    expect(a).toMatch(/Clamped .* to the cap 1\.2/);
    expect(a).toMatch(/Weight: 30%, effective 100%/);
    const overall = result.explanation.join("\n");
    expect(overall).toMatch(/missing data: exclude/);
    expect(overall).toMatch(/re-normalised/);
    expect(overall).toMatch(/rating 4/);
    expect(result.overall).toBeCloseTo(1.2);
  });

  it("counts missing data as zero under the zero policy", () => {
    const result = compute(snapshot({ missingData: "zero" }), [m("a", 5)]);
    expect(result.overall).toBeCloseTo(0.3);
    expect(result.explanation.join("\n")).toMatch(/counted as 0/);
  });

  it("aggregates in time order: last is the latest dated value, a whole-period value stands at its period's end", () => {
    const result = compute(snapshot(), [m("a", 4, "m2", "2026-02-10"), m("a", 1, "m2"), m("a", 2, "m1", "2026-01-05")]);
    expect(result.kpis[0]?.value).toBe(1);
  });

  it("sums every sub-period's values for a sum KPI and scores the aggregate", () => {
    const s = snapshot(
      {
        assignments: [
          { kpi: "a", weight: 100, objectives: [], scoring: { method: "linear", baseline: 0, target: 100 } },
        ],
      },
      [kpi("a")],
    );
    const result = compute(s, [m("a", 30), m("a", 20, "m2")]);
    expect(result.kpis[0]).toMatchObject({ value: 50, score: 0.5, measurementCount: 2, target: 100 });
  });

  it("rolls up sections by their weights", () => {
    const s = snapshot({
      sections: [
        { key: "perf", name: "Performance", weight: 80 },
        { key: "dev", name: "Development", weight: 20 },
      ],
      assignments: [
        {
          kpi: "a",
          weight: 100,
          section: "perf",
          objectives: [],
          scoring: { method: "linear", baseline: 0, target: 5 },
        },
        {
          kpi: "b",
          weight: 100,
          section: "dev",
          objectives: [],
          scoring: { method: "linear", baseline: 0, target: 5 },
        },
      ],
    });
    const result = compute(s, [m("a", 5), m("b", 0)]);
    expect(result.overall).toBeCloseTo(0.8);
    expect(result.sections.map((x) => [x.key, x.score])).toEqual([
      ["perf", 1],
      ["dev", 0],
    ]);
  });

  it("has no score and no rating without any data", () => {
    const result = compute(snapshot(), []);
    expect(result.overall).toBeNull();
    expect(result.rating).toBeNull();
    expect(result.kpis.every((k) => k.score === null)).toBe(true);
  });

  it("applies the latest override instead of the framework's scoring and says so", () => {
    const result = computeScorecardResult({
      snapshot: snapshot(),
      overrides: [
        {
          id: "o1",
          kpi: "a",
          scoring: { method: "linear", baseline: 0, target: 10 },
          reason: "Part-time",
          createdBy: null,
          createdAt: "2026-01-02T00:00:00.000Z",
        },
      ],
      subPeriods: periods,
      measurements: [m("a", 5)],
      ratingScale: [...DEFAULT_RATING_SCALE],
    });
    expect(result.kpis[0]).toMatchObject({ score: 0.5, target: 10, overridden: true });
    expect(result.kpis[0]?.explanation.join("\n")).toContain("Part-time");
  });
});
