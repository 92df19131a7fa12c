import { describe, expect, it } from "vitest";
import { scoreCurve, valueDomain } from "./score-curve.js";

describe("scoreCurve", () => {
  it("plots a linear configuration through 0% at the baseline and 100% at the target", () => {
    const curve = scoreCurve({ method: "linear", baseline: 0, target: 200 });
    if (!curve.ok) throw new Error("expected a curve");
    expect(curve.points.find((p) => p.value === 0)?.score).toBe(0);
    expect(curve.points.find((p) => p.value === 200)?.score).toBe(100);
    expect(Math.max(...curve.points.map((p) => p.score))).toBe(120);
  });

  it("shows a binary step on both sides of the target", () => {
    const curve = scoreCurve({ method: "binary", target: 10, direction: "higher" });
    if (!curve.ok) throw new Error("expected a curve");
    const below = curve.points.filter((p) => p.value < 10);
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((p) => p.score === 0)).toBe(true);
    expect(curve.points.filter((p) => p.value >= 10).every((p) => p.score === 100)).toBe(true);
  });

  it("returns the configuration's issues instead of a curve when it cannot score", () => {
    const curve = scoreCurve({ method: "linear", baseline: 5, target: 5 });
    expect(curve.ok).toBe(false);
    if (curve.ok) return;
    expect(curve.issues.map((i) => i.path)).toContain("target");
  });

  it("reports a blank (non-finite) field as an issue", () => {
    const curve = scoreCurve({ method: "ratio", target: Number.NaN, direction: "higher" });
    expect(curve.ok).toBe(false);
  });
});

describe("valueDomain", () => {
  it("uses a rating scale exactly", () => {
    expect(valueDomain({ method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 })).toEqual([1, 5]);
  });

  it("pads around the configured values without going negative for non-negative values", () => {
    expect(valueDomain({ method: "linear", baseline: 0, target: 100 })).toEqual([0, 125]);
    expect(valueDomain({ method: "range", low: 10, high: 20, tolerance: 5 })).toEqual([0, 30]);
  });
});
