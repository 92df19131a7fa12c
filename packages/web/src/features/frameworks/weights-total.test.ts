import type { Assignment } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { formatWeight, weightTotals } from "./weights-total.js";

const a = (kpi: string, weight: number, section?: string): Assignment => ({
  kpi,
  weight,
  objectives: [],
  scoring: { method: "linear", baseline: 0, target: 1 },
  ...(section ? { section } : {}),
});

describe("weightTotals", () => {
  it("adds every weight when there are no sections", () => {
    expect(weightTotals([], [a("x", 60), a("y", 35)])).toEqual({
      groups: [{ label: "Total", total: 95, ok: false }],
      ok: false,
    });
    expect(weightTotals([], [a("x", 33.33), a("y", 33.33), a("z", 33.34)]).ok).toBe(true);
  });

  it("ignores a blank weight rather than turning the total into NaN", () => {
    expect(weightTotals([], [a("x", 100), a("y", Number.NaN)]).groups[0]?.total).toBe(100);
  });

  it("checks each section and the section weights", () => {
    const sections = [
      { key: "perf", name: "Performance", weight: 70 },
      { key: "dev", name: "Development", weight: 30 },
    ];
    const totals = weightTotals(sections, [a("x", 100, "perf"), a("y", 50, "dev")]);
    expect(totals.sections).toEqual({ total: 100, ok: true });
    expect(totals.groups.map((g) => [g.key, g.total, g.ok])).toEqual([
      ["perf", 100, true],
      ["dev", 50, false],
    ]);
    expect(totals.ok).toBe(false);
  });
});

describe("formatWeight", () => {
  it("drops float noise", () => {
    expect(formatWeight(0.1 + 0.2)).toBe("0.3");
    expect(formatWeight(95)).toBe("95");
  });
});
