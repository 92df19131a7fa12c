import { describe, expect, it } from "vitest";
import { scoreValue } from "./score-value.js";

describe("rating method", () => {
  const config = { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 } as const;

  it("is linear from the scale's minimum (0) to the target rating (1.0)", () => {
    expect(scoreValue(1, config).score).toBe(0);
    expect(scoreValue(4, config).score).toBe(1);
    const middle = scoreValue(2.5, config);
    expect(middle.score).toBeCloseTo(0.5, 10);
    expect(middle.explanation[0]).toBe("rating: (2.5 − 1) / (4 − 1) = 0.5 (50%)");
  });

  it("goes beyond 1.0 above the target rating, up to the cap", () => {
    const result = scoreValue(5, config);
    expect(result.raw).toBeCloseTo(4 / 3, 10);
    expect(result.score).toBe(1.2);
    expect(result.clamped).toBe(true);
  });

  it("notes a rating outside the scale", () => {
    const result = scoreValue(0, config);
    expect(result.score).toBe(0);
    expect(result.explanation[0]).toBe("rating 0 lies outside the scale 1..5");
  });
});
