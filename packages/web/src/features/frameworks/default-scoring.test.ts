import { type ScoringConfig, scoringMethods, validateScoringConfig } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { defaultMethod, newAssignment, type ScoringHints, scoringFor } from "./default-scoring.js";

const quantitative = (over: Partial<ScoringHints> = {}): ScoringHints => ({
  direction: "higher",
  suggested: null,
  ratingScale: null,
  categories: { kind: "quantitative" },
  ...over,
});

describe("scoringFor", () => {
  it("uses the KPI's suggested baseline, target and stretch", () => {
    const kpi = quantitative({ suggested: { baseline: 10, target: 30, stretch: 40 } });
    expect(scoringFor("linear", kpi)).toEqual({ method: "linear", baseline: 10, target: 30, stretch: 40 });
  });

  it("defaults a lower-is-better KPI to a falling line", () => {
    expect(scoringFor("linear", quantitative({ direction: "lower" }))).toEqual({
      method: "linear",
      baseline: 100,
      target: 0,
    });
  });

  it("keeps target, floor and cap when the method changes", () => {
    const previous: ScoringConfig = { method: "linear", baseline: 5, target: 20, floor: 0.1, cap: 1.5 };
    expect(scoringFor("binary", quantitative(), previous)).toEqual({
      method: "binary",
      target: 20,
      direction: "higher",
      floor: 0.1,
      cap: 1.5,
    });
  });

  it("builds a rating configuration from the KPI's scale", () => {
    const kpi: ScoringHints = {
      ...quantitative(),
      categories: { kind: "qualitative" },
      ratingScale: { min: 1, max: 5 },
    };
    expect(defaultMethod(kpi)).toBe("rating");
    expect(scoringFor("rating", kpi)).toEqual({ method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 });
  });

  it("never produces a degenerate configuration, whatever the method and hints", () => {
    const hints: (ScoringHints | undefined)[] = [
      undefined,
      quantitative(),
      quantitative({ direction: "lower" }),
      quantitative({ suggested: { baseline: 7, target: 7 } }),
      quantitative({ suggested: { baseline: -5, target: -20 } }),
    ];
    for (const kpi of hints) {
      for (const method of scoringMethods) {
        expect(validateScoringConfig(scoringFor(method, kpi)), `${method} ${JSON.stringify(kpi)}`).toEqual([]);
      }
    }
  });
});

describe("newAssignment", () => {
  it("starts with no links and the given weight and section", () => {
    expect(newAssignment("win-rate", quantitative(), 20, "performance")).toMatchObject({
      kpi: "win-rate",
      weight: 20,
      section: "performance",
      objectives: [],
      scoring: { method: "linear" },
    });
  });
});
