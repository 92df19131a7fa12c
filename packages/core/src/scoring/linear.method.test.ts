import { describe, expect, it } from "vitest";
import { scoreValue } from "./score-value.js";

describe("linear method", () => {
  it("scores (value − baseline) / (target − baseline) and explains the formula", () => {
    const result = scoreValue(16, { method: "linear", baseline: 15, target: 45 });
    expect(result.score).toBeCloseTo(1 / 30, 10);
    expect(result.inputs).toMatchObject({ value: 16, baseline: 15, target: 45, floor: 0, cap: 1.2 });
    expect(result.explanation[0]).toBe("linear: (16 − 15) / (45 − 15) = 0.0333 (3.33%)");
  });

  it("meets the target exactly at 1.0", () => {
    expect(scoreValue(45, { method: "linear", baseline: 15, target: 45 }).score).toBe(1);
  });

  it("handles lower-is-better when the target is below the baseline", () => {
    const config = { method: "linear", baseline: 10, target: 4 } as const;
    expect(scoreValue(7, config).score).toBeCloseTo(0.5, 10);
    expect(scoreValue(4, config).score).toBe(1);
    expect(scoreValue(10, config).score).toBe(0);
    expect(scoreValue(7, config).explanation[0]).toContain("lower is better");
  });

  it("wraps negative operands in the formula", () => {
    expect(scoreValue(0, { method: "linear", baseline: -10, target: 10 }).explanation[0]).toBe(
      "linear: (0 − (-10)) / (10 − (-10)) = 0.5 (50%)",
    );
  });

  it("keeps the right answer when target − baseline overflows", () => {
    const config = { method: "linear", baseline: -Number.MAX_VALUE, target: Number.MAX_VALUE } as const;
    expect(scoreValue(0, config).score).toBe(0.5);
    expect(scoreValue(Number.MAX_VALUE / 2, config).score).toBe(0.75);
  });

  it("scores huge but finite inputs without NaN", () => {
    const result = scoreValue(Number.MAX_VALUE, {
      method: "linear",
      baseline: -Number.MAX_VALUE,
      target: Number.MAX_VALUE,
    });
    expect(result.score).toBe(1);
  });
});
