import { describe, expect, it } from "vitest";
import { scoreValue } from "./score-value.js";

describe("curve method", () => {
  const points: [number, number][] = [
    [0, 0],
    [50, 0.5],
    [100, 1],
    [150, 1.1],
  ];

  it("interpolates between neighbouring points", () => {
    const result = scoreValue(75, { method: "curve", points });
    expect(result.score).toBeCloseTo(0.75, 10);
    expect(result.explanation[0]).toBe(
      "curve: 75 lies between (50, 0.5) and (100, 1): 0.5 + (1 − 0.5) × (75 − 50) / (100 − 50) = 0.75 (75%)",
    );
    expect(scoreValue(125, { method: "curve", points }).score).toBeCloseTo(1.05, 10);
  });

  it("hits the points exactly", () => {
    expect(scoreValue(50, { method: "curve", points }).score).toBe(0.5);
    expect(scoreValue(100, { method: "curve", points }).score).toBe(1);
  });

  it("accepts points in descending order", () => {
    expect(scoreValue(75, { method: "curve", points: [...points].reverse() }).score).toBeCloseTo(0.75, 10);
  });

  it("keeps the end score beyond either end", () => {
    const below = scoreValue(-10, {
      method: "curve",
      points: [
        [0, 0.2],
        [10, 1],
      ],
    });
    expect(below.score).toBe(0.2);
    expect(below.explanation[0]).toContain("at or below the first point (0, 0.2)");
    const above = scoreValue(500, { method: "curve", points });
    expect(above.score).toBe(1.1);
    expect(above.explanation[0]).toContain("at or above the last point (150, 1.1)");
  });

  it("supports falling curves (lower is better)", () => {
    expect(
      scoreValue(3, {
        method: "curve",
        points: [
          [2, 1],
          [4, 0],
        ],
      }).score,
    ).toBeCloseTo(0.5, 10);
  });
});
