import { describe, expect, it } from "vitest";
import type { Assignment } from "../../model/framework-document.schema.js";
import { exampleDocument, exampleWith, findingsOf, frameworkOf, kpiOf } from "../lint-test.fixture.js";

describe("framework.weights", () => {
  it("passes weights that sum to 100, with and without sections", () => {
    expect(findingsOf(exampleDocument(), "framework.weights")).toEqual([]);
  });
  it("tolerates float noise", () => {
    const doc = exampleWith((d) => {
      const a = frameworkOf(d, "sales-executive").assignments;
      a[0]!.weight = 33.33;
      a[1]!.weight = 33.33;
      a[2]!.weight = 23.34;
      a[3]!.weight = 10;
    });
    expect(findingsOf(doc, "framework.weights")).toEqual([]);
  });
  it("states the actual total and what to add", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[0]!.weight = 35;
    });
    expect(findingsOf(doc, "framework.weights")).toEqual([
      {
        rule: "framework.weights",
        severity: "error",
        path: "frameworks[0].assignments",
        message: "Weights sum to 95, not 100",
        hint: "Add 5 to one or more KPI weights so they total 100.",
      },
    ]);
  });
  it("says what to take off when over 100", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[0]!.weight = 50.5;
    });
    expect(findingsOf(doc, "framework.weights")[0]?.hint).toBe(
      "Take 10.5 off one or more KPI weights so they total 100.",
    );
  });
  it("checks section weights and the weights inside each section", () => {
    const doc = exampleWith((d) => {
      const f = frameworkOf(d, "backend-engineer");
      f.sections[0]!.weight = 50;
      f.assignments[0]!.weight = 30;
    });
    const findings = findingsOf(doc, "framework.weights");
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ["frameworks[1].sections", "Section weights sum to 90, not 100"],
      ["frameworks[1].sections[0]", 'Weights in section "delivery" sum to 90, not 100'],
    ]);
  });
  it("flags a weighted section without KPIs and negative weights", () => {
    const doc = exampleWith((d) => {
      const f = frameworkOf(d, "backend-engineer");
      f.assignments = f.assignments.filter((a) => a.section !== "development");
      f.assignments[0]!.weight = -10;
      f.assignments[1]!.weight = 80;
    });
    const findings = findingsOf(doc, "framework.weights");
    expect(findings.map((f) => f.path)).toEqual(["frameworks[1].assignments[0].weight", "frameworks[1].sections[2]"]);
    expect(findings[1]?.message).toContain("no KPIs");
  });
});

describe("framework.kpi-count", () => {
  it("passes 3 to 8 KPIs", () => {
    expect(findingsOf(exampleDocument(), "framework.kpi-count")).toEqual([]);
  });
  it("warns below 3 and above 8", () => {
    const few = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments.splice(2);
    });
    expect(findingsOf(few, "framework.kpi-count")).toEqual([
      expect.objectContaining({ severity: "warning", path: "frameworks[0].assignments" }),
    ]);
    const many = exampleWith((d) => {
      const a = frameworkOf(d, "sales-executive").assignments;
      for (let i = 0; i < 5; i++) a.push({ ...(a[0] as Assignment) });
    });
    expect(findingsOf(many, "framework.kpi-count")[0]?.message).toContain("has 9 KPIs");
  });
});

describe("framework.min-weight", () => {
  it("passes weights of at least 5", () => {
    expect(findingsOf(exampleDocument(), "framework.min-weight")).toEqual([]);
  });
  it("warns on a small weight", () => {
    const doc = exampleWith((d) => {
      const a = frameworkOf(d, "sales-executive").assignments;
      a[0]!.weight = 56;
      a[1]!.weight = 4;
    });
    expect(findingsOf(doc, "framework.min-weight")).toEqual([
      expect.objectContaining({
        path: "frameworks[0].assignments[1].weight",
        message: 'KPI "qualified-pipeline" has weight 4, below 5',
      }),
    ]);
  });
  it("uses the effective weight inside sections", () => {
    const doc = exampleWith((d) => {
      const f = frameworkOf(d, "backend-engineer");
      f.assignments[0]!.weight = 92;
      f.assignments[1]!.weight = 4;
      f.assignments[2]!.weight = 4;
    });
    const findings = findingsOf(doc, "framework.min-weight");
    expect(findings.map((f) => f.path)).toEqual([
      "frameworks[1].assignments[1].weight",
      "frameworks[1].assignments[2].weight",
    ]);
    expect(findings[0]?.message).toContain("2.4% of the overall score (section 60% × 4%)");
  });
});

describe("framework.leading", () => {
  it("passes a framework with a leading KPI", () => {
    expect(findingsOf(exampleDocument(), "framework.leading")).toEqual([]);
  });
  it("warns when every KPI is lagging", () => {
    const doc = exampleWith((d) => {
      for (const kpi of d.kpis) kpi.categories.timing = "lagging";
    });
    expect(findingsOf(doc, "framework.leading").map((f) => f.path)).toEqual([
      "frameworks[0].assignments",
      "frameworks[1].assignments",
    ]);
  });
});

describe("framework.development", () => {
  it("passes a framework with a development KPI", () => {
    expect(findingsOf(exampleDocument(), "framework.development")).toEqual([]);
  });
  it("warns without a development KPI", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "learning-plan").categories.focus = "performance";
    });
    expect(findingsOf(doc, "framework.development")).toHaveLength(2);
  });
});

describe("framework.duplicate-kpi", () => {
  it("passes distinct KPIs", () => {
    expect(findingsOf(exampleDocument(), "framework.duplicate-kpi")).toEqual([]);
  });
  it("is an error on the second occurrence", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[3]!.kpi = "new-arr";
    });
    const findings = findingsOf(doc, "framework.duplicate-kpi");
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", path: "frameworks[0].assignments[3].kpi" }),
    ]);
    expect(findings[0]?.message).toContain("also at assignments[0]");
  });
});

describe("framework.goodhart", () => {
  it("passes a volume KPI balanced by a quality KPI", () => {
    expect(findingsOf(exampleDocument(), "framework.goodhart")).toEqual([]);
  });
  it("warns on a volume KPI without a quality counterweight", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "change-failure-rate").balance = undefined;
    });
    expect(findingsOf(doc, "framework.goodhart")).toEqual([
      expect.objectContaining({ severity: "warning", path: "frameworks[1].assignments[0].kpi" }),
    ]);
  });
});

describe("framework.scoring", () => {
  it("passes valid scoring configs", () => {
    expect(findingsOf(exampleDocument(), "framework.scoring")).toEqual([]);
  });
  it("reports one error per issue with the path to the field", () => {
    const doc = exampleWith((d) => {
      const a = frameworkOf(d, "backend-engineer").assignments;
      a[1]!.scoring = { method: "range", low: 10, high: 5, tolerance: 0 };
      a[0]!.scoring = { method: "curve", points: [[1, 0]] };
    });
    const findings = findingsOf(doc, "framework.scoring");
    expect(findings.map((f) => f.path)).toEqual([
      "frameworks[1].assignments[0].scoring.points",
      "frameworks[1].assignments[1].scoring.high",
      "frameworks[1].assignments[1].scoring.tolerance",
    ]);
    expect(findings.every((f) => f.severity === "error")).toBe(true);
  });
  it("writes nested engine paths with brackets", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "backend-engineer").assignments[0]!.scoring = {
        method: "curve",
        points: [
          [1, 0],
          [1, 1],
        ],
      };
    });
    expect(findingsOf(doc, "framework.scoring")[0]?.path).toMatch(
      /^frameworks\[1\]\.assignments\[0\]\.scoring\.points\[1\]/,
    );
  });
});

describe("framework.role", () => {
  it("passes frameworks of known roles", () => {
    expect(findingsOf(exampleDocument(), "framework.role")).toEqual([]);
  });
  it("is an error for an unknown role", () => {
    const doc = exampleWith((d) => {
      d.frameworks[1]!.role = "astronaut";
    });
    expect(findingsOf(doc, "framework.role")).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "frameworks[1].role",
        message: 'Framework for unknown role "astronaut"',
      }),
    ]);
  });
});
