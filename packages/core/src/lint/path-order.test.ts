import { describe, expect, it } from "vitest";
import { comparePaths } from "./path-order.js";

describe("comparePaths", () => {
  it("orders indexes numerically and parents before children", () => {
    const paths = [
      "kpis[10].unit",
      "kpis[2]",
      "frameworks[0].assignments[1].weight",
      "kpis[2].unit",
      "frameworks[0].assignments",
      "objectives[1].parent",
    ];
    expect([...paths].sort(comparePaths)).toEqual([
      "frameworks[0].assignments",
      "frameworks[0].assignments[1].weight",
      "kpis[2]",
      "kpis[2].unit",
      "kpis[10].unit",
      "objectives[1].parent",
    ]);
  });
  it("treats equal paths as equal", () => {
    expect(comparePaths("kpis[1].unit", "kpis[1].unit")).toBe(0);
  });
});
