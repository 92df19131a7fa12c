import { describe, expect, it } from "vitest";
import { rollUp } from "./roll-up.js";
import { ScoringInputError } from "./scoring-errors.js";

describe("rollUp without sections", () => {
  it("is the weighted average of the item scores", () => {
    const result = rollUp({
      items: [
        { key: "revenue", weight: 50, score: 0.8 },
        { key: "nps", weight: 30, score: 1 },
        { key: "training", weight: 20, score: 0.5 },
      ],
      missingData: "exclude",
    });
    expect(result.score).toBeCloseTo(0.8, 10);
    expect(result.sections).toEqual([]);
    expect(result.items.map((item) => item.effectiveWeight)).toEqual([50, 30, 20]);
    expect(result.items.map((item) => item.contribution)).toEqual([0.4, 0.3, 0.1]);
    expect(result.explanation).toEqual([
      "Rolled up 3 KPIs by weight (missing data: exclude)",
      "revenue: 80% × 50% = 40%",
      "nps: 100% × 30% = 30%",
      "training: 50% × 20% = 10%",
      "Overall: 0.8 (80%)",
    ]);
  });

  it("excludes missing scores and re-normalises the remaining weights, naming both", () => {
    const result = rollUp({
      items: [
        { key: "revenue", weight: 50, score: 0.8 },
        { key: "nps", weight: 30, score: 1 },
        { key: "training", weight: 20, score: null },
      ],
      missingData: "exclude",
    });
    expect(result.score).toBeCloseTo(0.875, 10);
    expect(result.items.map((item) => item.effectiveWeight)).toEqual([62.5, 37.5, 0]);
    expect(result.items[2]).toMatchObject({ score: null, weight: 20, contribution: 0 });
    expect(result.explanation).toContain(
      "Excluded 1 KPI without data (training); re-normalised the remaining weights: revenue 62.5%, nps 37.5%",
    );
  });

  it("counts missing scores as 0 under the zero policy", () => {
    const result = rollUp({
      items: [
        { key: "revenue", weight: 50, score: 0.8 },
        { key: "nps", weight: 30, score: 1 },
        { key: "training", weight: 20, score: null },
      ],
      missingData: "zero",
    });
    expect(result.score).toBeCloseTo(0.7, 10);
    expect(result.items.map((item) => item.effectiveWeight)).toEqual([50, 30, 20]);
    expect(result.explanation).toContain("No data for training: counted as 0 (missing data: zero)");
    expect(result.explanation).toContain("training: no data, 0 × 20% = 0%");
  });

  it("gives null with an explanation when every KPI is missing under exclude", () => {
    const result = rollUp({
      items: [
        { key: "a", weight: 60, score: null },
        { key: "b", weight: 40, score: null },
      ],
      missingData: "exclude",
    });
    expect(result.score).toBeNull();
    expect(result.items.every((item) => item.effectiveWeight === 0 && item.contribution === 0)).toBe(true);
    expect(result.explanation).toContain("No KPI has data: no score (missing data: exclude)");
    expect(result.explanation.at(-1)).toBe("Overall: no score");
  });

  it("gives 0 when every KPI is missing under zero", () => {
    const result = rollUp({ items: [{ key: "a", weight: 100, score: null }], missingData: "zero" });
    expect(result.score).toBe(0);
  });

  it("gives null for no items", () => {
    const result = rollUp({ items: [], missingData: "zero" });
    expect(result.score).toBeNull();
    expect(result.explanation).toContain("No KPIs to roll up: no score");
  });

  it("says so when the weights do not sum to 100, and averages by share", () => {
    const result = rollUp({
      items: [
        { key: "a", weight: 30, score: 1 },
        { key: "b", weight: 60, score: 0.4 },
      ],
      missingData: "exclude",
    });
    expect(result.score).toBeCloseTo(0.6, 10);
    expect(result.explanation).toContain("The KPI weights sum to 90, not 100; each counts as its share of the total");
  });

  it("gives null when the counted weights are all zero", () => {
    const result = rollUp({ items: [{ key: "a", weight: 0, score: 1 }], missingData: "exclude" });
    expect(result.score).toBeNull();
    expect(result.explanation).toContain("The counted KPI weights sum to 0: no score");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects the weight %s", (weight) => {
    expect(() => rollUp({ items: [{ key: "a", weight, score: 1 }], missingData: "exclude" })).toThrow(
      ScoringInputError,
    );
  });

  it("rejects a non-finite score", () => {
    expect(() => rollUp({ items: [{ key: "a", weight: 100, score: Number.NaN }], missingData: "zero" })).toThrow(
      /score of KPI a/,
    );
  });

  it("rejects an unknown missing-data policy", () => {
    expect(() => rollUp({ items: [], missingData: "ignore" as "zero" })).toThrow(ScoringInputError);
  });
});

describe("rollUp with sections", () => {
  const sections = [
    { key: "performance", name: "Performance", weight: 70 },
    { key: "development", name: "Development", weight: 30 },
  ];

  it("averages within each section, then across sections by section weight", () => {
    const result = rollUp({
      items: [
        { key: "revenue", weight: 60, section: "performance", score: 1 },
        { key: "margin", weight: 40, section: "performance", score: 0.5 },
        { key: "course", weight: 100, section: "development", score: 0.4 },
      ],
      sections,
      missingData: "exclude",
    });
    // performance 0.8, development 0.4 → 0.7 × 0.8 + 0.3 × 0.4 = 0.68
    expect(result.score).toBeCloseTo(0.68, 10);
    expect(result.sections).toEqual([
      { key: "performance", score: 0.8, weight: 70, effectiveWeight: 70 },
      { key: "development", score: 0.4, weight: 30, effectiveWeight: 30 },
    ]);
    expect(result.items.map((item) => item.effectiveWeight)).toEqual([60, 40, 100]);
    const contributions = result.items.map((item) => item.contribution);
    expect(contributions[0]).toBeCloseTo(0.42, 10);
    expect(contributions[1]).toBeCloseTo(0.14, 10);
    expect(contributions[2]).toBeCloseTo(0.12, 10);
    expect(contributions.reduce((sum, value) => sum + value, 0)).toBeCloseTo(result.score ?? Number.NaN, 10);
    expect(result.explanation).toContain("Section Performance: revenue: 100% × 60% = 60%");
    expect(result.explanation).toContain("Section Performance: 0.8 (80%)");
    expect(result.explanation).toContain("Performance: 80% × 70% = 56%");
  });

  it("excludes a section without data and re-normalises the section weights", () => {
    const result = rollUp({
      items: [
        { key: "revenue", weight: 100, section: "performance", score: 0.9 },
        { key: "course", weight: 100, section: "development", score: null },
      ],
      sections,
      missingData: "exclude",
    });
    expect(result.score).toBeCloseTo(0.9, 10);
    expect(result.sections[1]).toEqual({ key: "development", score: null, weight: 30, effectiveWeight: 0 });
    expect(result.sections[0]?.effectiveWeight).toBe(100);
    expect(result.explanation).toContain(
      "Excluded 1 section without data (Development); re-normalised the remaining weights: Performance 100%",
    );
  });

  it("counts a missing KPI as 0 inside its section under zero", () => {
    const result = rollUp({
      items: [
        { key: "revenue", weight: 50, section: "performance", score: 1 },
        { key: "margin", weight: 50, section: "performance", score: null },
        { key: "course", weight: 100, section: "development", score: null },
      ],
      sections,
      missingData: "zero",
    });
    expect(result.score).toBeCloseTo(0.35, 10);
    expect(result.sections.map((section) => section.score)).toEqual([0.5, 0]);
  });

  it("uses the key when a section has no name", () => {
    const result = rollUp({
      items: [{ key: "a", weight: 100, section: "s", score: 1 }],
      sections: [{ key: "s", weight: 100 }],
      missingData: "exclude",
    });
    expect(result.explanation).toContain("Section s: 1 (100%)");
  });

  it("rejects a KPI without a known section", () => {
    expect(() => rollUp({ items: [{ key: "a", weight: 100, score: 1 }], sections, missingData: "exclude" })).toThrow(
      /KPI a belongs to no section/,
    );
    expect(() =>
      rollUp({ items: [{ key: "a", weight: 100, section: "other", score: 1 }], sections, missingData: "exclude" }),
    ).toThrow(/unknown section other/);
  });

  it("rejects duplicate section keys", () => {
    expect(() =>
      rollUp({ items: [], sections: [...sections, { key: "performance", weight: 0 }], missingData: "exclude" }),
    ).toThrow(ScoringInputError);
  });
});
