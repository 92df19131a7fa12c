import { describe, expect, it } from "vitest";
import { exampleDocument, exampleWith, findingsOf, kpiOf } from "../lint-test.fixture.js";

describe("kpi.specific.description", () => {
  it("passes real descriptions", () => {
    expect(findingsOf(exampleDocument(), "kpi.specific.description")).toEqual([]);
  });
  it("flags a missing description", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "new-arr").description = undefined;
    });
    expect(findingsOf(doc, "kpi.specific.description")).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "kpis[0].description",
        message: 'KPI "new-arr" has no description',
      }),
    ]);
  });
  it("flags a description too short to be specific", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "deployments").description = "Deploys per month";
    });
    const [finding] = findingsOf(doc, "kpi.specific.description");
    expect(finding?.path).toBe("kpis[5].description");
    expect(finding?.message).toContain("3 words");
  });
});

describe("kpi.specific.vague", () => {
  it("passes a vague verb next to a metric", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "new-customer-csat").name = "Improve CSAT score";
    });
    expect(findingsOf(doc, "kpi.specific.vague")).toEqual([]);
  });
  it("flags a vague verb without a number or metric", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "new-customer-csat").name = "Improve customer happiness";
      kpiOf(d, "deployments").description = "Ensure that the team ships things regularly and safely.";
    });
    const findings = findingsOf(doc, "kpi.specific.vague");
    expect(findings.map((f) => f.path)).toEqual(["kpis[2].name", "kpis[5].description"]);
    expect(findings[0]?.message).toContain('"Improve"');
    expect(findings[1]?.message).toContain('"Ensure"');
  });
  it("does not match inside other words", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "deployments").name = "Supportive reviews given";
    });
    expect(findingsOf(doc, "kpi.specific.vague")).toEqual([]);
  });
});

describe("kpi.measurable.unit / direction / aggregation", () => {
  it("pass when set", () => {
    const doc = exampleDocument();
    for (const rule of ["kpi.measurable.unit", "kpi.measurable.direction", "kpi.measurable.aggregation"]) {
      expect(findingsOf(doc, rule)).toEqual([]);
    }
  });
  it("are errors when missing", () => {
    const doc = exampleWith((d) => {
      const kpi = kpiOf(d, "time-to-restore");
      kpi.unit = "  ";
      kpi.direction = undefined;
      kpi.aggregation = undefined;
    });
    expect(findingsOf(doc, "kpi.measurable.unit")).toEqual([
      expect.objectContaining({ severity: "error", path: "kpis[7].unit" }),
    ]);
    expect(findingsOf(doc, "kpi.measurable.direction")).toEqual([
      expect.objectContaining({ severity: "error", path: "kpis[7].direction" }),
    ]);
    expect(findingsOf(doc, "kpi.measurable.aggregation")).toEqual([
      expect.objectContaining({ severity: "error", path: "kpis[7].aggregation" }),
    ]);
  });
});

describe("kpi.measurable.rating-scale", () => {
  it("passes an anchored scale and ignores quantitative KPIs", () => {
    expect(findingsOf(exampleDocument(), "kpi.measurable.rating-scale")).toEqual([]);
  });
  it("flags a qualitative KPI without a scale", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "collaboration").ratingScale = undefined;
    });
    expect(findingsOf(doc, "kpi.measurable.rating-scale")).toEqual([
      expect.objectContaining({ severity: "error", path: "kpis[3].ratingScale" }),
    ]);
  });
  it("flags an inverted scale, too few anchors and anchors outside the scale", () => {
    const inverted = exampleWith((d) => {
      kpiOf(d, "collaboration").ratingScale = { min: 5, max: 1, anchors: [] };
    });
    expect(findingsOf(inverted, "kpi.measurable.rating-scale").map((f) => f.path)).toEqual(["kpis[3].ratingScale.max"]);
    const sparse = exampleWith((d) => {
      kpiOf(d, "collaboration").ratingScale = { min: 1, max: 5, anchors: [{ value: 7, description: "Beyond" }] };
    });
    expect(findingsOf(sparse, "kpi.measurable.rating-scale").map((f) => f.path)).toEqual([
      "kpis[3].ratingScale.anchors",
      "kpis[3].ratingScale.anchors[0].value",
    ]);
  });
});

describe("kpi.timebound.frequency", () => {
  it("passes when set", () => {
    expect(findingsOf(exampleDocument(), "kpi.timebound.frequency")).toEqual([]);
  });
  it("warns when missing", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "learning-plan").frequency = undefined;
    });
    expect(findingsOf(doc, "kpi.timebound.frequency")).toEqual([
      expect.objectContaining({ severity: "warning", path: "kpis[4].frequency" }),
    ]);
  });
});
