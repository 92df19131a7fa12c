import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCALE } from "../model/framework-document.schema.js";
import { rate } from "./rate.js";
import { ScoringConfigError, ScoringInputError } from "./scoring-errors.js";

describe("rate", () => {
  it.each([
    [0, 1],
    [0.69, 1],
    [0.7, 2],
    [0.95, 3],
    [1.1, 4],
    [1.25, 5],
    [3, 5],
  ])("rates %d as %d on the default scale", (score, rating) => {
    expect(rate(score, DEFAULT_RATING_SCALE).rating).toBe(rating);
  });

  it("returns the label and explains the band", () => {
    expect(rate(0.72, DEFAULT_RATING_SCALE)).toEqual({
      rating: 2,
      label: "Partially meets expectations",
      explanation: ["Score 72% reaches the band from 70%: rating 2 (Partially meets expectations)"],
    });
  });

  it("gives the lowest band below all bands", () => {
    const result = rate(0.2, [
      { from: 0.5, rating: 2, label: "Okay" },
      { from: 0.3, rating: 1, label: "Weak" },
    ]);
    expect(result.rating).toBe(1);
    expect(result.explanation[0]).toBe("Score 20% is below the lowest band (from 30%): rating 1 (Weak)");
  });

  it("accepts bands in any order", () => {
    const result = rate(0.6, [
      { from: 1, rating: 3, label: "High" },
      { from: 0, rating: 1, label: "Low" },
      { from: 0.5, rating: 2, label: "Middle" },
    ]);
    expect(result.label).toBe("Middle");
  });

  it("rejects an empty scale and a non-finite band", () => {
    expect(() => rate(1, [])).toThrow(ScoringConfigError);
    expect(() => rate(1, [{ from: Number.NaN, rating: 1, label: "x" }])).toThrow(ScoringConfigError);
  });

  it("rejects a non-finite score", () => {
    expect(() => rate(Number.NaN, DEFAULT_RATING_SCALE)).toThrow(ScoringInputError);
  });
});
