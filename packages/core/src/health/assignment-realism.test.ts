import { describe, expect, it } from "vitest";
import { assessAssignmentTarget } from "./assignment-realism.js";

const history = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("assessAssignmentTarget", () => {
  it("judges a linear target in the direction baseline → target implies", () => {
    const up = assessAssignmentTarget({ method: "linear", baseline: 0, target: 7 }, null, history);
    expect(up).toMatchObject({ target: 7, direction: "higher", field: "target", classification: "stretch" });
    const down = assessAssignmentTarget({ method: "linear", baseline: 20, target: 7 }, null, history);
    expect(down).toMatchObject({ direction: "lower", classification: "achievable" });
  });

  it("falls back to the KPI's direction when baseline equals target", () => {
    const result = assessAssignmentTarget({ method: "linear", baseline: 7, target: 7 }, "lower", history);
    expect(result?.direction).toBe("lower");
    expect(assessAssignmentTarget({ method: "linear", baseline: 7, target: 7 }, null, history)).toBeNull();
  });

  it("uses the target rating of a rating scale", () => {
    const result = assessAssignmentTarget(
      { method: "rating", scale: { min: 1, max: 10 }, targetRating: 10 },
      "higher",
      history,
    );
    expect(result).toMatchObject({ field: "targetRating", classification: "stretch", reachShare: 0.1 });
  });

  it("gives null without history, for methods without one target, and for a blank target", () => {
    expect(assessAssignmentTarget({ method: "linear", baseline: 0, target: 7 }, null, undefined)).toBeNull();
    expect(assessAssignmentTarget({ method: "linear", baseline: 0, target: 7 }, null, [])).toBeNull();
    expect(assessAssignmentTarget({ method: "range", low: 1, high: 2, tolerance: 1 }, null, history)).toBeNull();
    expect(
      assessAssignmentTarget({ method: "ratio", target: Number.NaN, direction: "higher" }, null, history),
    ).toBeNull();
  });
});
