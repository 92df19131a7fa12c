import { describe, expect, it } from "vitest";
import { scoreValue } from "./score-value.js";
import { ScoringConfigError, ScoringInputError } from "./scoring-errors.js";

describe("scoreValue", () => {
  it("clamps to the cap and says so", () => {
    const result = scoreValue(145, { method: "linear", baseline: 0, target: 100 });
    expect(result.raw).toBeCloseTo(1.45, 10);
    expect(result.score).toBe(1.2);
    expect(result.clamped).toBe(true);
    expect(result.explanation).toContain("Clamped 1.45 to the cap 1.2");
  });

  it("clamps to the floor and says so", () => {
    const result = scoreValue(-5, { method: "linear", baseline: 0, target: 10 });
    expect(result.score).toBe(0);
    expect(result.clamped).toBe(true);
    expect(result.explanation).toContain("Clamped -0.5 to the floor 0");
  });

  it("uses a custom floor and cap", () => {
    const config = { method: "linear", baseline: 0, target: 10, floor: -0.5, cap: 2 } as const;
    expect(scoreValue(-3, config).score).toBeCloseTo(-0.3, 10);
    expect(scoreValue(30, config).score).toBe(2);
    expect(scoreValue(-30, config).score).toBe(-0.5);
    expect(scoreValue(1, config).inputs).toMatchObject({ floor: -0.5, cap: 2 });
  });

  it("leaves a score inside the bounds untouched and ends with the result", () => {
    const result = scoreValue(5, { method: "linear", baseline: 0, target: 10 });
    expect(result.clamped).toBe(false);
    expect(result.raw).toBe(result.score);
    expect(result.explanation.at(-1)).toBe("Score: 0.5 (50%)");
  });

  it("throws a ScoringConfigError for a degenerate configuration", () => {
    expect(() => scoreValue(1, { method: "linear", baseline: 2, target: 2 })).toThrow(ScoringConfigError);
    expect(() => scoreValue(1, { method: "curve", points: [] })).toThrow(ScoringConfigError);
    expect(() => scoreValue(1, { method: "ratio", target: 0, direction: "higher" })).toThrow(ScoringConfigError);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("throws a ScoringInputError for the value %s", (value) => {
    expect(() => scoreValue(value, { method: "linear", baseline: 0, target: 1 })).toThrow(ScoringInputError);
  });
});
