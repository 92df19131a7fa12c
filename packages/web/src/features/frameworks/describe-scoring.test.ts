import { describe, expect, it } from "vitest";
import { describeScoring } from "./describe-scoring.js";

describe("describeScoring", () => {
  it("reads each method in words", () => {
    expect(describeScoring({ method: "linear", baseline: 15, target: 45, stretch: 60 })).toBe(
      "Linear from 15 (0%) to 45 (100%), stretch 60",
    );
    expect(describeScoring({ method: "binary", target: 2, direction: "lower" })).toBe("Met when at most 2");
    expect(
      describeScoring({
        method: "curve",
        points: [
          [10, 1],
          [0, 0],
        ],
      }),
    ).toBe("Curve through 0→0%, 10→100%");
    expect(
      describeScoring({
        method: "bands",
        bands: [
          { from: 0, score: 0 },
          { from: 5, score: 1, label: "Met" },
        ],
      }),
    ).toBe("Bands from 0: 0%; from 5: 100% (Met)");
    expect(describeScoring({ method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 })).toBe(
      "Rating 1–5, target 4",
    );
  });

  it("mentions a custom floor or cap", () => {
    expect(describeScoring({ method: "ratio", target: 10, direction: "higher", cap: 1.5 })).toBe(
      "Ratio to target 10, higher is better · scores 0%–150%",
    );
  });
});
