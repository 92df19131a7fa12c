import { type AssignmentRealism, assessAssignmentTarget } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { applySuggestedTarget, formatShare, historySource, realismLine, roundedSuggestion } from "./realism-line.js";

const history = Array.from({ length: 20 }, (_, i) => 100 + i * 2); // 100, 102, ..., 138

function realismOf(target: number): AssignmentRealism {
  const result = assessAssignmentTarget({ method: "linear", baseline: 0, target }, "higher", history);
  if (!result) throw new Error("no realism");
  return result;
}

describe("realismLine", () => {
  it("states the reach share, the classification and the suggested target", () => {
    // 126..138 reach 126: 7 of 20 = 35%; the suggestion is the value at rank 8 (116).
    expect(realismLine(realismOf(126))).toBe("Reached by 35% of past results (stretch) · suggested target 116");
  });

  it("names each classification in words", () => {
    expect(realismLine(realismOf(90))).toMatch(/^Reached by 100% of past results \(too easy\)/);
    expect(realismLine(realismOf(110))).toMatch(/\(achievable\)/);
    expect(realismLine(realismOf(200))).toMatch(/^Reached by 0% of past results \(unrealistic\)/);
  });

  it("adds the unit to the suggestion and leaves it out when it is the target already", () => {
    expect(realismLine(realismOf(126), "EUR")).toMatch(/suggested target 116 EUR$/);
    expect(realismLine(realismOf(116))).toBe("Reached by 60% of past results (achievable)");
  });

  it("speaks of a target rating for rating scales", () => {
    const rating = assessAssignmentTarget(
      { method: "rating", scale: { min: 1, max: 5 }, targetRating: 5 },
      "higher",
      [3, 3, 4, 4, 5],
    );
    expect(rating && realismLine(rating)).toBe("Reached by 20% of past results (stretch) · suggested target rating 4");
  });
});

describe("formatShare", () => {
  it("never rounds a non-zero share to 0% or a partial one to 100%", () => {
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(0.004)).toBe("<1%");
    expect(formatShare(0.355)).toBe("36%");
    expect(formatShare(0.996)).toBe(">99%");
    expect(formatShare(1)).toBe("100%");
  });
});

describe("historySource", () => {
  it("counts results, people and cycles", () => {
    expect(historySource({ values: [1, 2, 3, 4, 5], cycles: 2, people: 3 })).toBe(
      "from 5 results of 3 people in 2 closed cycles",
    );
    expect(historySource({ values: [1, 2, 3, 4, 5], cycles: 1, people: 1 })).toBe(
      "from 5 results of 1 person in 1 closed cycle",
    );
  });
});

describe("applySuggestedTarget", () => {
  it("sets the field that holds the target", () => {
    expect(applySuggestedTarget({ method: "linear", baseline: 0, target: 126 }, realismOf(126))).toEqual({
      method: "linear",
      baseline: 0,
      target: 116,
    });
    const scoring = { method: "rating" as const, scale: { min: 1, max: 5 }, targetRating: 5 };
    const rating = assessAssignmentTarget(scoring, "higher", [3, 3, 4, 4, 5]);
    expect(rating && applySuggestedTarget(scoring, rating)).toEqual({ ...scoring, targetRating: 4 });
  });
});

describe("roundedSuggestion", () => {
  it("rounds to two decimals towards the easier side", () => {
    expect(roundedSuggestion({ suggestedTarget: 23.593333, direction: "higher" })).toBe(23.59);
    expect(roundedSuggestion({ suggestedTarget: 64.243333, direction: "lower" })).toBe(64.25);
  });

  it("rounds to whole numbers from 1,000 and keeps values already on the grid", () => {
    expect(roundedSuggestion({ suggestedTarget: 139376.44, direction: "higher" })).toBe(139376);
    expect(roundedSuggestion({ suggestedTarget: 139376.44, direction: "lower" })).toBe(139377);
    expect(roundedSuggestion({ suggestedTarget: 0.1 + 0.2, direction: "lower" })).toBe(0.3);
    expect(roundedSuggestion({ suggestedTarget: 118, direction: "higher" })).toBe(118);
  });

  it("is what the line shows and what applying sets", () => {
    const averages = [10.1234, 11.5555, 12.9876, 13.3333, 14.7777];
    const realism = assessAssignmentTarget({ method: "linear", baseline: 0, target: 20 }, "higher", averages);
    if (!realism) throw new Error("no realism");
    expect(realism.suggestedTarget).toBe(12.9876);
    expect(realismLine(realism)).toMatch(/suggested target 12\.98$/);
    expect(applySuggestedTarget({ method: "linear", baseline: 0, target: 20 }, realism)).toMatchObject({
      target: 12.98,
    });
  });
});
