import { describe, expect, it } from "vitest";
import type { FrameworkContent } from "./framework-content.js";
import { diffFrameworks } from "./framework-diff.js";

const base: FrameworkContent = {
  missingData: "exclude",
  sections: [{ key: "results", name: "Results", weight: 100 }],
  assignments: [
    {
      kpi: "a",
      weight: 60,
      objectives: ["o1"],
      section: "results",
      scoring: { method: "linear", baseline: 0, target: 10 },
    },
    { kpi: "b", weight: 40, objectives: [], scoring: { method: "binary", target: 1, direction: "higher" } },
  ],
};

const clone = (): FrameworkContent => JSON.parse(JSON.stringify(base)) as FrameworkContent;

describe("diffFrameworks", () => {
  it("says there are no differences for equal content, whatever the field order", () => {
    const reordered = clone();
    reordered.assignments[0] = {
      scoring: { target: 10, baseline: 0, method: "linear" },
      ...reordered.assignments[0],
    } as never;
    const diff = diffFrameworks({ version: 1, content: base }, { version: 2, content: reordered });
    expect(diff.lines).toEqual(["No differences"]);
    expect(diff.kpis).toEqual({ added: [], removed: [], changed: [] });
  });

  it("reports a method change first, then the changed parameters", () => {
    const next = clone();
    const first = next.assignments[0];
    if (!first) throw new Error("fixture");
    first.scoring = { method: "ratio", target: 10, direction: "higher" };
    const diff = diffFrameworks({ version: 1, content: base }, { version: 2, content: next });
    expect(diff.kpis.changed[0]?.changes.map((c) => c.field)).toEqual([
      "scoring.method",
      "scoring.baseline",
      "scoring.direction",
    ]);
    expect(diff.lines[0]).toBe("KPI a: scoring.method linear → ratio");
  });

  it("reports section renames, reweighting and removal, responsibility and section moves", () => {
    const next = clone();
    next.sections = [{ key: "growth", name: "Growth", weight: 100 }];
    const first = next.assignments[0];
    const second = next.assignments[1];
    if (!first || !second) throw new Error("fixture");
    first.section = "growth";
    second.responsibility = "r1";
    const diff = diffFrameworks({ version: 3, content: base }, { version: 4, content: next });
    expect(diff).toMatchObject({ from: 3, to: 4, missingData: null });
    expect(diff.sections.added.map((s) => s.key)).toEqual(["growth"]);
    expect(diff.sections.removed.map((s) => s.key)).toEqual(["results"]);
    expect(diff.lines).toEqual([
      'Added section growth "Growth" (weight 100%)',
      'Removed section results "Results"',
      "KPI a: section results → growth",
      "KPI b: responsibility (none) → r1",
    ]);
  });
});
