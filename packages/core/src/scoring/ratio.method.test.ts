import { describe, expect, it } from "vitest";
import { scoreValue } from "./score-value.js";

describe("ratio method", () => {
  it("scores value / target when higher is better", () => {
    const result = scoreValue(90, { method: "ratio", target: 120, direction: "higher" });
    expect(result.score).toBe(0.75);
    expect(result.explanation[0]).toBe("ratio (higher is better): 90 / 120 = 0.75 (75%)");
  });

  it("scores target / value when lower is better", () => {
    const result = scoreValue(5, { method: "ratio", target: 4, direction: "lower" });
    expect(result.score).toBe(0.8);
    expect(result.explanation[0]).toBe("ratio (lower is better): 4 / 5 = 0.8 (80%)");
  });

  it("gives the cap, not Infinity, for a value of 0 when lower is better, and says why", () => {
    const result = scoreValue(0, { method: "ratio", target: 4, direction: "lower", cap: 1.5 });
    expect(result.score).toBe(1.5);
    expect(result.raw).toBe(1.5);
    expect(result.explanation[0]).toContain("at or below 0");
    expect(result.explanation[0]).toContain("cap 1.5");
  });

  it("gives the default cap for a negative value when lower is better", () => {
    expect(scoreValue(-3, { method: "ratio", target: 4, direction: "lower" }).score).toBe(1.2);
  });

  it("clamps a negative value to the floor when higher is better", () => {
    const result = scoreValue(-3, { method: "ratio", target: 4, direction: "higher" });
    expect(result.score).toBe(0);
    expect(result.clamped).toBe(true);
  });

  it("turns an overflowing quotient into the cap instead of Infinity", () => {
    const result = scoreValue(Number.MAX_VALUE, { method: "ratio", target: Number.MIN_VALUE, direction: "higher" });
    expect(result.raw).toBe(1.2);
    expect(result.score).toBe(1.2);
    expect(result.explanation.join(" ")).toContain("too large to represent");
  });
});
