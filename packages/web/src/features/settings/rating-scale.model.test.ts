import { DEFAULT_RATING_SCALE } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { bandIssues, hasBandIssues, previewRatings, toBandDrafts, toRatingBands } from "./rating-scale.model.js";

describe("rating scale rows", () => {
  it("shows stored fractions as clean percentages and stores them back exactly", () => {
    const drafts = toBandDrafts(DEFAULT_RATING_SCALE);
    expect(drafts.map((d) => d.fromPercent)).toEqual([0, 70, 90, 110, 125]);
    expect(toRatingBands(drafts)).toEqual(DEFAULT_RATING_SCALE.map((band) => ({ ...band })));
  });

  it("flags a band that is not above the one before, and blanks", () => {
    const issues = bandIssues([
      { fromPercent: 0, rating: 1, label: "Low" },
      { fromPercent: 90, rating: 2, label: "Mid" },
      { fromPercent: 90, rating: "", label: " " },
      { fromPercent: "", rating: 4, label: "Top" },
    ]);
    expect(issues[0]).toEqual({});
    expect(issues[1]).toEqual({});
    expect(issues[2]).toEqual({
      fromPercent: "Must be above the band before (90%)",
      rating: "Enter a rating",
      label: "Enter a label",
    });
    expect(issues[3]?.fromPercent).toBe("Enter a percentage");
  });

  it("treats an empty scale as invalid", () => {
    expect(hasBandIssues([])).toBe(true);
    expect(hasBandIssues(toBandDrafts(DEFAULT_RATING_SCALE))).toBe(false);
  });
});

describe("previewRatings", () => {
  it("rates 70%, 100% and 130% with the default scale", () => {
    const preview = previewRatings(toBandDrafts(DEFAULT_RATING_SCALE), [0.7, 1, 1.3]);
    expect(preview?.map((p) => p.rating)).toEqual([2, 3, 5]);
    expect(preview?.[2]?.label).toBe("Outstanding");
  });

  it("gives nothing while the rows are invalid", () => {
    expect(previewRatings([{ fromPercent: 50, rating: 1, label: "" }], [1])).toBeUndefined();
  });
});
