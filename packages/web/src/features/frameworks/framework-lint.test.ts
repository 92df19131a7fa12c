import type { FrameworkDocument } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { assignmentFieldIds, findingsByAssignment, findingTarget, lintContent } from "./framework-lint.js";

const organization: FrameworkDocument = {
  yardstick: 1,
  objectives: [{ key: "grow", title: "Grow revenue" }],
  orgUnits: [],
  roles: [
    {
      key: "ae",
      title: "Account Executive",
      responsibilities: [{ key: "close", text: "Close deals" }],
      expectedOutcomes: [],
    },
  ],
  kpis: [
    {
      key: "revenue",
      name: "Closed revenue",
      description: "Revenue of deals closed in the period",
      unit: "EUR",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
    },
  ],
  frameworks: [{ role: "other", status: "published", missingData: "exclude", sections: [], assignments: [] }],
};

describe("lintContent", () => {
  it("reports weights that do not reach 100 on the framework being edited", () => {
    const findings = lintContent(organization, "ae", {
      missingData: "exclude",
      sections: [],
      assignments: [
        {
          kpi: "revenue",
          weight: 90,
          objectives: ["grow"],
          responsibility: "close",
          scoring: { method: "linear", baseline: 0, target: 100 },
        },
      ],
    });
    const weights = findings.find((f) => f.rule === "framework.weights");
    expect(weights).toMatchObject({ severity: "error", path: "frameworks[0].assignments" });
    expect(weights?.message).toContain("90");
  });

  it("points a degenerate scoring configuration at its field", () => {
    const findings = lintContent(organization, "ae", {
      missingData: "exclude",
      sections: [],
      assignments: [
        { kpi: "revenue", weight: 100, objectives: ["grow"], scoring: { method: "linear", baseline: 5, target: 5 } },
      ],
    });
    const byAssignment = findingsByAssignment(findings);
    expect(byAssignment.get(0)?.some((f) => f.severity === "error" && f.path.endsWith("scoring.target"))).toBe(true);
  });
});

describe("findingTarget", () => {
  it("reads assignment, section, framework, KPI and role paths", () => {
    expect(findingTarget("frameworks[0].assignments[2].scoring.target")).toEqual({
      kind: "assignment",
      index: 2,
      field: "scoring.target",
    });
    expect(findingTarget("frameworks[0].assignments[1]")).toEqual({ kind: "assignment", index: 1, field: "" });
    expect(findingTarget("frameworks[0].sections[1]")).toEqual({ kind: "section", index: 1 });
    expect(findingTarget("frameworks[0].assignments")).toEqual({ kind: "framework", field: "assignments" });
    expect(findingTarget("kpis[4].unit")).toEqual({ kind: "kpi", index: 4, field: "unit" });
    expect(findingTarget("roles[0].responsibilities")).toEqual({ kind: "role", field: "responsibilities" });
    expect(findingTarget("lint.disabledRules[0]")).toEqual({ kind: "other" });
  });
});

describe("assignmentFieldIds", () => {
  it("goes from the most specific field to the card", () => {
    expect(assignmentFieldIds(3, "scoring.points[1][0]")).toEqual([
      "assignment-3-scoring.points.1.0",
      "assignment-3-scoring.points.1",
      "assignment-3-scoring.points",
      "assignment-3-scoring",
      "assignment-3",
    ]);
  });
});
