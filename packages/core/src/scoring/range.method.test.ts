import { describe, expect, it } from "vitest";
import { scoreValue } from "./score-value.js";

describe("range method", () => {
  const config = { method: "range", low: 10, high: 20, tolerance: 5 } as const;

  it.each([10, 15, 20])("scores 1 inside [low, high] (%d)", (value) => {
    expect(scoreValue(value, config).score).toBe(1);
  });

  it("falls linearly below low", () => {
    const result = scoreValue(8, config);
    expect(result.score).toBeCloseTo(0.6, 10);
    expect(result.explanation[0]).toBe("range: 8 is 2 below [10, 20] (low 10); 1 − 2 / 5 = 0.6 (60%)");
  });

  it("falls linearly above high", () => {
    expect(scoreValue(24, config).score).toBeCloseTo(0.2, 10);
  });

  it("reaches 0 at the tolerance and stays at the floor beyond it", () => {
    expect(scoreValue(25, config).score).toBe(0);
    const beyond = scoreValue(40, config);
    expect(beyond.raw).toBe(-3);
    expect(beyond.score).toBe(0);
    expect(beyond.explanation).toContain("Clamped -3 to the floor 0");
  });

  it("accepts a single-point range", () => {
    expect(scoreValue(7, { method: "range", low: 7, high: 7, tolerance: 1 }).score).toBe(1);
  });
});
