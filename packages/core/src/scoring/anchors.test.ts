import { describe, expect, it } from "vitest";
import type { ScoringConfig } from "../model/scoring-config.schema.js";
import { formatPercent } from "./format-number.js";
import { rollUp } from "./roll-up.js";
import { scoreValue } from "./score-value.js";

/** The documented anchor examples of domain.md, reproduced exactly. */
describe("documented anchor examples", () => {
  it("(a) progress with baseline 15, target 45, value 16 → 3.33%", () => {
    const result = scoreValue(16, { method: "linear", baseline: 15, target: 45 });
    expect(result.score).toBeCloseTo(0.0333333, 6);
    expect(formatPercent(result.score)).toBe("3.33%");
  });

  it("(b) performance of 50 on a 0..200 scale (linear, baseline 0, target 200) → 25%", () => {
    const result = scoreValue(50, { method: "linear", baseline: 0, target: 200 });
    expect(result.score).toBe(0.25);
    expect(formatPercent(result.score)).toBe("25%");
  });

  it.each<[string, ScoringConfig]>([
    ["rating", { method: "rating", scale: { min: 0, max: 5 }, targetRating: 5 }],
    ["linear", { method: "linear", baseline: 0, target: 5 }],
  ])(
    "(c) ratings 5 (weight 30) and 3 (weight 70), scored %s from 0 to 5 → 72%, i.e. 3.6 on the 5 scale",
    (_, scoring) => {
      const five = scoreValue(5, scoring).score;
      const three = scoreValue(3, scoring).score;
      expect(five).toBe(1);
      expect(three).toBeCloseTo(0.6, 10);
      const result = rollUp({
        items: [
          { key: "first", weight: 30, score: five },
          { key: "second", weight: 70, score: three },
        ],
        missingData: "exclude",
      });
      expect(result.score).toBeCloseTo(0.72, 10);
      expect(formatPercent(result.score ?? Number.NaN)).toBe("72%");
      expect((result.score ?? Number.NaN) * 5).toBeCloseTo(3.6, 10);
    },
  );

  it("(d) three equally weighted results, one complete (1.0) and two at 0 → 33%", () => {
    const result = rollUp({
      items: [
        { key: "done", weight: 100 / 3, score: 1 },
        { key: "open1", weight: 100 / 3, score: 0 },
        { key: "open2", weight: 100 / 3, score: 0 },
      ],
      missingData: "exclude",
    });
    expect(result.score).toBeCloseTo(1 / 3, 10);
    expect(Math.round((result.score ?? Number.NaN) * 100)).toBe(33);
  });

  it("(e) results 27%, 18%, 73%, equally weighted → 39%", () => {
    const result = rollUp({
      items: [
        { key: "one", weight: 100 / 3, score: 0.27 },
        { key: "two", weight: 100 / 3, score: 0.18 },
        { key: "three", weight: 100 / 3, score: 0.73 },
      ],
      missingData: "exclude",
    });
    expect(result.score).toBeCloseTo(0.39333, 4);
    expect(Math.round((result.score ?? Number.NaN) * 100)).toBe(39);
  });
});
