import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessTarget, classifyReachShare } from "./assess-target.js";

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("assessTarget", () => {
  it("returns null without history", () => {
    expect(assessTarget({ history: [], target: 5, direction: "higher" })).toBeNull();
    expect(
      assessTarget({ history: [Number.NaN, Number.POSITIVE_INFINITY], target: 5, direction: "higher" }),
    ).toBeNull();
  });

  it("counts values at or above the target when higher is better", () => {
    const result = assessTarget({ history: oneToTen, target: 7, direction: "higher" });
    expect(result?.reachShare).toBeCloseTo(0.4);
    expect(result?.percentile).toBe(60);
    expect(result?.classification).toBe("stretch");
  });

  it("counts values at or below the target when lower is better", () => {
    const result = assessTarget({ history: oneToTen, target: 7, direction: "lower" });
    expect(result?.reachShare).toBeCloseTo(0.7);
    expect(result?.percentile).toBe(30);
    expect(result?.classification).toBe("achievable");
  });

  it("classifies every band on the history 1..10", () => {
    const cls = (target: number) => assessTarget({ history: oneToTen, target, direction: "higher" })?.classification;
    expect(cls(1)).toBe("too-easy"); // 100%
    expect(cls(2)).toBe("achievable"); // exactly 90%: not more than 90%
    expect(cls(6)).toBe("achievable"); // 50%
    expect(cls(7)).toBe("stretch"); // exactly 40%
    expect(cls(10)).toBe("stretch"); // exactly 10%
    expect(cls(11)).toBe("unrealistic"); // 0%
  });

  it("ignores non-finite history values", () => {
    const result = assessTarget({ history: [1, Number.NaN, 3], target: 2, direction: "higher" });
    expect(result?.reachShare).toBe(0.5);
  });

  it("suggests an observed value met by at least 60%", () => {
    expect(assessTarget({ history: oneToTen, target: 10, direction: "higher" })?.suggestedTarget).toBe(5);
    expect(assessTarget({ history: oneToTen, target: 1, direction: "lower" })?.suggestedTarget).toBe(6);
    expect(assessTarget({ history: [42], target: 50, direction: "higher" })?.suggestedTarget).toBe(42);
  });

  it("explains every step", () => {
    const result = assessTarget({ history: oneToTen, target: 7, direction: "higher" });
    expect(result?.explanation).toHaveLength(4);
    expect(result?.explanation[0]).toContain("4 of 10");
    expect(result?.explanation[1]).toContain("60th percentile");
    expect(result?.explanation[2]).toMatch(/^Stretch/);
    expect(result?.explanation[3]).toContain("Suggested target: 5");
  });

  it("always suggests a history value reached by at least 60%", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.constantFrom("higher" as const, "lower" as const),
        (history, target, direction) => {
          const result = assessTarget({ history, target, direction });
          expect(result).not.toBeNull();
          if (!result) return;
          expect(history).toContain(result.suggestedTarget);
          const met = history.filter((v) =>
            direction === "higher" ? v >= result.suggestedTarget : v <= result.suggestedTarget,
          );
          expect(met.length / history.length).toBeGreaterThanOrEqual(0.6);
          expect(result.percentile).toBeCloseTo(100 * (1 - result.reachShare), 1);
        },
      ),
    );
  });
});

describe("classifyReachShare", () => {
  it("uses strict bounds for too easy and unrealistic, inclusive for stretch", () => {
    expect(classifyReachShare(0.91)).toBe("too-easy");
    expect(classifyReachShare(0.9)).toBe("achievable");
    expect(classifyReachShare(0.41)).toBe("achievable");
    expect(classifyReachShare(0.4)).toBe("stretch");
    expect(classifyReachShare(0.1)).toBe("stretch");
    expect(classifyReachShare(0.09)).toBe("unrealistic");
  });
});
