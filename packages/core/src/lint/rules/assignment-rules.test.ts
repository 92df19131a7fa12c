import { describe, expect, it } from "vitest";
import { exampleDocument, exampleWith, findingsOf, frameworkOf, kpiOf } from "../lint-test.fixture.js";

const sales = "frameworks[0].assignments";
const backend = "frameworks[1].assignments";

describe("assignment.achievable.target", () => {
  it("passes valid targets", () => {
    expect(findingsOf(exampleDocument(), "assignment.achievable.target")).toEqual([]);
  });
  it("is an error when the target equals the baseline", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[0]!.scoring = { method: "linear", baseline: 10, target: 10 };
    });
    const findings = findingsOf(doc, "assignment.achievable.target");
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: `${sales}[0].scoring.target` })]);
    expect(findings[0]?.message).toContain("baseline");
  });
  it("is an error for a rating target outside the scale", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "backend-engineer").assignments[3]!.scoring = {
        method: "rating",
        scale: { min: 1, max: 5 },
        targetRating: 9,
      };
    });
    expect(findingsOf(doc, "assignment.achievable.target").map((f) => f.path)).toEqual([
      `${backend}[3].scoring.targetRating`,
    ]);
  });
});

describe("assignment.achievable.stretch", () => {
  it("passes a stretch beyond the target in either direction", () => {
    expect(findingsOf(exampleDocument(), "assignment.achievable.stretch")).toEqual([]);
  });
  it("warns when the stretch is not beyond the target (higher is better)", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[0]!.scoring = {
        method: "linear",
        baseline: 0,
        target: 100,
        stretch: 100,
      };
    });
    const [finding] = findingsOf(doc, "assignment.achievable.stretch");
    expect(finding).toMatchObject({ severity: "warning", path: `${sales}[0].scoring.stretch` });
    expect(finding?.message).toContain("not above the target 100");
  });
  it("warns when the stretch lies on the wrong side (lower is better)", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "backend-engineer").assignments[2]!.scoring = {
        method: "linear",
        baseline: 48,
        target: 8,
        stretch: 12,
      };
    });
    expect(findingsOf(doc, "assignment.achievable.stretch")[0]?.message).toContain("not below the target 8");
  });
  it("leaves a blank (non-finite) target to the scoring rules instead of printing NaN", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[0]!.scoring = {
        method: "linear",
        baseline: 0,
        target: Number.NaN,
        stretch: 100,
      };
    });
    expect(findingsOf(doc, "assignment.achievable.stretch")).toEqual([]);
    expect(findingsOf(doc, "assignment.achievable.target")).toEqual([
      expect.objectContaining({ severity: "error", path: `${sales}[0].scoring.target` }),
    ]);
  });
  it("checks ratio stretches against their direction", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[1]!.scoring = {
        method: "ratio",
        target: 10,
        direction: "lower",
        stretch: 12,
      };
    });
    expect(findingsOf(doc, "assignment.achievable.stretch").map((f) => f.path)).toEqual([
      `${sales}[1].scoring.stretch`,
    ]);
  });
});

describe("assignment.achievable.realism", () => {
  const history = (values: number[]) => ({ history: { "new-arr": values } });
  it("does nothing without history", () => {
    expect(findingsOf(exampleDocument(), "assignment.achievable.realism")).toEqual([]);
    expect(findingsOf(exampleDocument(), "assignment.achievable.realism", { history: { "new-arr": [] } })).toEqual([]);
  });
  it("passes an achievable target", () => {
    const values = [90000, 100000, 110000, 120000, 125000, 130000, 140000, 150000, 160000, 170000];
    expect(findingsOf(exampleDocument(), "assignment.achievable.realism", history(values))).toEqual([]);
  });
  it("warns when more than 90% reached the target", () => {
    const values = [130000, 140000, 150000, 160000, 170000, 180000, 190000, 200000, 210000, 220000];
    const [finding] = findingsOf(exampleDocument(), "assignment.achievable.realism", history(values));
    expect(finding).toMatchObject({ severity: "warning", path: `${sales}[0].scoring.target` });
    expect(finding?.message).toContain("too easy");
    expect(finding?.message).toContain("100% of 10");
    expect(finding?.hint).toContain("Consider 170000");
  });
  it("warns when fewer than 10% reached the target", () => {
    const values = [10000, 20000, 30000, 40000, 50000, 60000, 70000, 80000, 90000, 100000];
    const [finding] = findingsOf(exampleDocument(), "assignment.achievable.realism", history(values));
    expect(finding?.message).toContain("unrealistic");
  });
  it("uses the target rating for rating scoring", () => {
    const [finding] = findingsOf(exampleDocument(), "assignment.achievable.realism", {
      history: { collaboration: [1, 2, 2, 3, 3, 3, 2, 1, 3, 2] },
    });
    expect(finding?.path).toBe(`${backend}[3].scoring.targetRating`);
  });
});

describe("assignment.relevant.objective", () => {
  it("passes linked assignments", () => {
    expect(findingsOf(exampleDocument(), "assignment.relevant.objective")).toEqual([]);
  });
  it("warns when no objective is linked", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "backend-engineer").assignments[1]!.objectives = [];
    });
    expect(findingsOf(doc, "assignment.relevant.objective")).toEqual([
      expect.objectContaining({ severity: "warning", path: `${backend}[1].objectives` }),
    ]);
  });
});

describe("assignment.relevant.responsibility", () => {
  it("passes linked assignments", () => {
    expect(findingsOf(exampleDocument(), "assignment.relevant.responsibility")).toEqual([]);
  });
  it("warns when no responsibility is linked, with a hint fitting the role", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[2]!.responsibility = undefined;
    });
    const [finding] = findingsOf(doc, "assignment.relevant.responsibility");
    expect(finding).toMatchObject({ severity: "warning", path: `${sales}[2].responsibility` });
    expect(finding?.hint).toContain("Set `responsibility`");
    const bare = exampleWith((d) => {
      d.roles[0]!.responsibilities = [];
      for (const a of frameworkOf(d, "sales-executive").assignments) a.responsibility = undefined;
    });
    expect(findingsOf(bare, "assignment.relevant.responsibility")[0]?.hint).toContain("Add responsibilities");
  });
});

describe("assignment.reference", () => {
  it("passes when every key resolves", () => {
    expect(findingsOf(exampleDocument(), "assignment.reference")).toEqual([]);
  });
  it("reports unknown KPI, objective, responsibility and section keys", () => {
    const doc = exampleWith((d) => {
      const a = frameworkOf(d, "backend-engineer").assignments[0]!;
      a.kpi = "ghost-kpi";
      a.objectives = ["reliable-platform", "ghost-objective"];
      a.responsibility = "ghost-duty";
      a.section = "ghost-section";
    });
    const findings = findingsOf(doc, "assignment.reference");
    expect(findings.map((f) => f.path)).toEqual([
      `${backend}[0].kpi`,
      `${backend}[0].objectives[1]`,
      `${backend}[0].responsibility`,
      `${backend}[0].section`,
    ]);
    expect(findings.every((f) => f.severity === "error")).toBe(true);
    expect(findings[3]?.hint).toContain("delivery, behaviour, development");
  });
  it("requires a section when the framework has sections", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "backend-engineer").assignments[4]!.section = undefined;
    });
    expect(findingsOf(doc, "assignment.reference")[0]?.message).toContain("has no section");
  });
  it("reports a section in a framework without sections", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[0]!.section = "delivery";
    });
    expect(findingsOf(doc, "assignment.reference")[0]?.hint).toContain("Define the section");
  });
});

describe("assignment.rating-scale", () => {
  it("passes a scale equal to the KPI's", () => {
    expect(findingsOf(exampleDocument(), "assignment.rating-scale")).toEqual([]);
  });
  it("warns when the scoring scale differs from the KPI's rating scale", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "backend-engineer").assignments[3]!.scoring = {
        method: "rating",
        scale: { min: 0, max: 10 },
        targetRating: 7,
      };
    });
    const [finding] = findingsOf(doc, "assignment.rating-scale");
    expect(finding).toMatchObject({ severity: "warning", path: `${backend}[3].scoring.scale` });
    expect(finding?.message).toBe('Scoring scale 0..10 differs from the rating scale 1..5 of KPI "collaboration"');
  });
});

describe("assignment.direction", () => {
  it("passes scoring that matches the KPI direction", () => {
    expect(findingsOf(exampleDocument(), "assignment.direction")).toEqual([]);
  });
  it("warns when a linear target below the baseline scores a higher-is-better KPI", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").assignments[0]!.scoring = { method: "linear", baseline: 100, target: 50 };
    });
    expect(findingsOf(doc, "assignment.direction").map((f) => f.path)).toEqual([`${sales}[0].scoring.target`]);
  });
  it("warns when a ratio direction contradicts the KPI", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "qualified-pipeline").direction = "lower";
    });
    expect(findingsOf(doc, "assignment.direction").map((f) => f.path)).toEqual([`${sales}[1].scoring.direction`]);
  });
});
