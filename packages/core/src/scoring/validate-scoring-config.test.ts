import { describe, expect, it } from "vitest";
import type { ScoringConfig } from "../model/scoring-config.schema.js";
import { ScoringConfigError } from "./scoring-errors.js";
import { assertValidScoringConfig, validateScoringConfig } from "./validate-scoring-config.js";

const paths = (config: ScoringConfig): string[] => validateScoringConfig(config).map((issue) => issue.path);

describe("validateScoringConfig", () => {
  it.each<ScoringConfig>([
    { method: "linear", baseline: 0, target: 10 },
    { method: "linear", baseline: 10, target: 0, floor: 0, cap: 1 },
    { method: "ratio", target: 5, direction: "lower" },
    { method: "range", low: 1, high: 1, tolerance: 0.5 },
    { method: "binary", target: 0, direction: "higher" },
    {
      method: "curve",
      points: [
        [0, 0],
        [1, 1],
      ],
    },
    { method: "bands", bands: [{ from: 0, score: 1 }] },
    { method: "rating", scale: { min: 1, max: 5 }, targetRating: 5 },
    { method: "linear", baseline: 0, target: 1, floor: 0.5, cap: 0.5 },
  ])("accepts a valid %s configuration", (config) => {
    expect(validateScoringConfig(config)).toEqual([]);
    expect(() => assertValidScoringConfig(config)).not.toThrow();
  });

  it("rejects a linear target equal to the baseline", () => {
    expect(validateScoringConfig({ method: "linear", baseline: 5, target: 5 })).toEqual([
      { path: "target", message: "must differ from the baseline (5)" },
    ]);
  });

  it.each([0, -3])("rejects a ratio target of %d", (target) => {
    expect(paths({ method: "ratio", target, direction: "higher" })).toEqual(["target"]);
  });

  it("rejects an unknown direction", () => {
    expect(paths({ method: "ratio", target: 1, direction: "up" as "higher" })).toEqual(["direction"]);
    expect(paths({ method: "binary", target: 1, direction: "down" as "lower" })).toEqual(["direction"]);
  });

  it("rejects a range with low above high", () => {
    expect(paths({ method: "range", low: 5, high: 4, tolerance: 1 })).toEqual(["high"]);
  });

  it.each([0, -1])("rejects a range tolerance of %d", (tolerance) => {
    expect(paths({ method: "range", low: 1, high: 2, tolerance })).toEqual(["tolerance"]);
  });

  it("rejects a curve with fewer than two points", () => {
    expect(paths({ method: "curve", points: [] })).toEqual(["points"]);
    expect(paths({ method: "curve", points: [[1, 1]] })).toEqual(["points"]);
  });

  it("rejects curve points with duplicate values", () => {
    expect(
      validateScoringConfig({
        method: "curve",
        points: [
          [0, 0],
          [5, 1],
          [5, 0.5],
        ],
      }),
    ).toEqual([{ path: "points.2.0", message: "duplicates the value 5 of points.1" }]);
  });

  it("rejects empty bands", () => {
    expect(paths({ method: "bands", bands: [] })).toEqual(["bands"]);
  });

  it("rejects bands that are not strictly ascending by from", () => {
    const descending = validateScoringConfig({
      method: "bands",
      bands: [
        { from: 10, score: 1 },
        { from: 5, score: 0.5 },
      ],
    });
    expect(descending.map((issue) => issue.path)).toEqual(["bands.1.from"]);
    expect(descending[0]?.message).toContain("must be greater than");
    const duplicate = validateScoringConfig({
      method: "bands",
      bands: [
        { from: 0, score: 0 },
        { from: 10, score: 1 },
        { from: 10, score: 1.2 },
      ],
    });
    expect(duplicate.map((issue) => issue.path)).toEqual(["bands.2.from"]);
    expect(duplicate[0]?.message).toContain("duplicates");
  });

  it.each([
    [5, 5],
    [5, 1],
  ])("rejects a rating scale with min %d and max %d", (min, max) => {
    expect(paths({ method: "rating", scale: { min, max }, targetRating: 5 })).toEqual(["scale.max"]);
  });

  it.each([1, 0, 6])("rejects a target rating of %d on a 1..5 scale", (targetRating) => {
    expect(paths({ method: "rating", scale: { min: 1, max: 5 }, targetRating })).toEqual(["targetRating"]);
  });

  it("rejects a floor above the cap", () => {
    expect(validateScoringConfig({ method: "linear", baseline: 0, target: 1, floor: 1, cap: 0.5 })).toEqual([
      { path: "cap", message: "must be at least the floor 1" },
    ]);
  });

  it("blames the floor when it exceeds the default cap", () => {
    expect(validateScoringConfig({ method: "linear", baseline: 0, target: 1, floor: 2 })).toEqual([
      { path: "floor", message: "must be at most the default cap 1.2" },
    ]);
  });

  it("rejects non-finite numbers that skipped schema parsing", () => {
    expect(paths({ method: "linear", baseline: Number.NaN, target: 1 })).toEqual(["baseline"]);
    expect(paths({ method: "linear", baseline: 0, target: 1, cap: Number.POSITIVE_INFINITY })).toEqual(["cap"]);
    expect(
      paths({
        method: "curve",
        points: [
          [0, Number.NaN],
          [1, 1],
        ],
      }),
    ).toEqual(["points.0.1"]);
    expect(paths({ method: "bands", bands: [{ from: 0, score: Number.NaN }] })).toEqual(["bands.0.score"]);
    expect(paths({ method: "rating", scale: { min: 0, max: Number.NaN }, targetRating: 1 })).toEqual(["scale.max"]);
  });

  it("rejects an unknown method", () => {
    expect(paths({ method: "magic" } as unknown as ScoringConfig)).toEqual(["method"]);
  });

  it("collects several issues at once", () => {
    expect(paths({ method: "range", low: 5, high: 1, tolerance: 0, floor: 2, cap: 1 })).toEqual([
      "high",
      "tolerance",
      "cap",
    ]);
  });
});

describe("assertValidScoringConfig", () => {
  it("throws a ScoringConfigError carrying the issues", () => {
    let caught: unknown;
    try {
      assertValidScoringConfig({ method: "linear", baseline: 3, target: 3 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringConfigError);
    expect((caught as ScoringConfigError).issues).toEqual([
      { path: "target", message: "must differ from the baseline (3)" },
    ]);
    expect((caught as ScoringConfigError).message).toContain("target: must differ from the baseline");
  });
});
