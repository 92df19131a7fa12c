import type { ScoringConfig } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { targetFields, targetSummary, withTargets } from "./target-fields.js";

const linear: ScoringConfig = { method: "linear", baseline: 15, target: 45, cap: 1.2 };

describe("target fields", () => {
  it("offers the target numbers of each method and none for curves", () => {
    expect(targetFields(linear).map((f) => f.field)).toEqual(["baseline", "target"]);
    expect(targetFields({ method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 }).map((f) => f.field)).toEqual([
      "targetRating",
    ]);
    expect(
      targetFields({
        method: "curve",
        points: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toEqual([]);
  });

  it("replaces only the override-able numbers and keeps the rest", () => {
    expect(withTargets(linear, { target: 50, cap: 9 })).toEqual({
      method: "linear",
      baseline: 15,
      target: 50,
      cap: 1.2,
    });
  });

  it("summarises targets with their unit", () => {
    expect(targetSummary(linear, "calls")).toBe("target 45 calls from baseline 15 calls");
    expect(targetSummary({ method: "binary", target: 2, direction: "lower" }, "%")).toBe("at most 2%");
  });
});
