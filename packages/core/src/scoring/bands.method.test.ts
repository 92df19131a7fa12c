import { describe, expect, it } from "vitest";
import type { ScoringConfig } from "../model/scoring-config.schema.js";
import { scoreValue } from "./score-value.js";

describe("bands method", () => {
  const config: ScoringConfig = {
    method: "bands",
    bands: [
      { from: 10, score: 0.5, label: "partial" },
      { from: 20, score: 1 },
      { from: 30, score: 1.2, label: "outstanding" },
    ],
  };

  it("uses the score of the highest band the value reaches", () => {
    expect(scoreValue(10, config).score).toBe(0.5);
    expect(scoreValue(19.9, config).score).toBe(0.5);
    expect(scoreValue(20, config).score).toBe(1);
    const top = scoreValue(99, config);
    expect(top.score).toBe(1.2);
    expect(top.explanation[0]).toBe('bands: 99 reaches band 3 "outstanding" (from 30): 1.2');
  });

  it("gives the floor below the first band and says so", () => {
    const result = scoreValue(5, { ...config, floor: 0.1 });
    expect(result.score).toBe(0.1);
    expect(result.explanation[0]).toBe("bands: 5 is below the first band (from 10): the floor 0.1");
    expect(scoreValue(5, config).score).toBe(0);
  });

  it("clamps a band score above the cap", () => {
    const result = scoreValue(40, { ...config, cap: 1 });
    expect(result.score).toBe(1);
    expect(result.explanation).toContain("Clamped 1.2 to the cap 1");
  });
});
