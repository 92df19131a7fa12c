import { describe, expect, it } from "vitest";
import { scoreValue } from "./score-value.js";

describe("binary method", () => {
  it("scores 1 when a higher-is-better target is met or beaten, else 0", () => {
    const config = { method: "binary", target: 10, direction: "higher" } as const;
    expect(scoreValue(10, config).score).toBe(1);
    expect(scoreValue(11, config).score).toBe(1);
    expect(scoreValue(9.99, config).score).toBe(0);
    expect(scoreValue(9, config).explanation[0]).toBe("binary (higher is better): 9 < target 10: not met, 0 (0%)");
  });

  it("scores 1 when a lower-is-better target is met, else 0", () => {
    const config = { method: "binary", target: 2, direction: "lower" } as const;
    expect(scoreValue(2, config).score).toBe(1);
    expect(scoreValue(1, config).score).toBe(1);
    expect(scoreValue(3, config).score).toBe(0);
    expect(scoreValue(1, config).explanation[0]).toBe("binary (lower is better): 1 ≤ target 2: met, 1 (100%)");
  });

  it("still clamps: a cap below 1 limits a met target", () => {
    const result = scoreValue(10, { method: "binary", target: 10, direction: "higher", cap: 0.8 });
    expect(result.score).toBe(0.8);
    expect(result.clamped).toBe(true);
  });
});
