import { describe, expect, it } from "vitest";
import type { FrameworkDocument } from "../model/framework-document.schema.js";
import type { Finding } from "./lint.types.js";
import { hasErrors, lintDocument } from "./lint-document.js";
import { lintRules } from "./lint-rules.js";
import { exampleDocument, exampleWith, frameworkOf, kpiOf } from "./lint-test.fixture.js";

describe("lintDocument", () => {
  it("finds nothing in the clean example", () => {
    expect(lintDocument(exampleDocument())).toEqual([]);
  });

  it("finds several problems at once, ordered by path with numeric indexes", () => {
    const doc = exampleWith((d) => {
      for (let i = 0; i < 10; i++) d.kpis.push({ ...d.kpis[0]!, key: `extra-${i}` });
      kpiOf(d, "extra-9").unit = undefined;
      kpiOf(d, "new-customer-csat").unit = undefined;
      frameworkOf(d, "sales-executive").assignments[0]!.weight = 10;
    });
    const paths = lintDocument(doc).map((f) => f.path);
    expect(paths.indexOf("kpis[2].unit")).toBeLessThan(paths.indexOf("kpis[17].unit"));
    expect(paths.indexOf("frameworks[0].assignments")).toBeLessThan(paths.indexOf("kpis[2].unit"));
    const sorted = [...paths].sort();
    expect(paths).not.toEqual(sorted); // lexical order would put kpis[17] before kpis[2]
  });

  it("returns the same order however often it runs", () => {
    const doc = exampleWith((d) => {
      d.kpis[0]!.unit = undefined;
      d.kpis[0]!.direction = undefined;
      d.objectives[0]!.parent = "nowhere";
    });
    expect(lintDocument(doc)).toEqual(lintDocument(doc));
  });

  it("skips rules disabled by options and by the document", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "new-arr").unit = undefined;
      kpiOf(d, "new-arr").frequency = undefined;
      d.lint = { disabledRules: ["kpi.timebound.frequency"] };
    });
    expect(lintDocument(doc).map((f) => f.rule)).toEqual(["kpi.measurable.unit"]);
    expect(lintDocument(doc, { disabledRules: ["kpi.measurable.unit"] })).toEqual([]);
  });

  it("limits a role scope to that role's frameworks and KPIs, without organization rules", () => {
    const doc = exampleWith((d) => {
      kpiOf(d, "new-arr").unit = undefined; // sales only
      kpiOf(d, "deployments").unit = undefined; // backend only
      kpiOf(d, "learning-plan").unit = undefined; // both
      frameworkOf(d, "sales-executive").assignments[0]!.weight = 10;
      frameworkOf(d, "backend-engineer").assignments[0]!.objectives = [];
      d.objectives.push({ key: "unserved", title: "Nobody serves this" });
    });
    const scoped = lintDocument(doc, { scope: { role: "backend-engineer" } });
    expect(scoped.map((f) => `${f.rule} ${f.path}`)).toEqual([
      "assignment.relevant.objective frameworks[1].assignments[0].objectives",
      "kpi.measurable.unit kpis[4].unit",
      "kpi.measurable.unit kpis[5].unit",
    ]);
    const whole = lintDocument(doc).map((f) => f.rule);
    expect(whole).toContain("org.objective-uncovered");
    expect(whole).toContain("framework.weights");
  });

  it("lints a 12-KPI framework in well under 10 ms", () => {
    const doc = exampleWith((d) => {
      const framework = frameworkOf(d, "sales-executive");
      const template = framework.assignments[0]!;
      framework.assignments = [];
      for (let i = 0; i < 12; i++) {
        d.kpis.push({ ...kpiOf(d, "new-arr"), key: `kpi-${i}`, description: "Improve things" });
        framework.assignments.push({ ...template, kpi: `kpi-${i}`, weight: 8 });
      }
    });
    lintDocument(doc); // warm up
    const runs = 50;
    const started = Date.now();
    for (let i = 0; i < runs; i++) lintDocument(doc, { history: { "kpi-1": [1, 2, 3] } });
    const perRun = (Date.now() - started) / runs;
    expect(perRun).toBeLessThan(5);
  });
});

describe("hasErrors", () => {
  const finding = (severity: Finding["severity"]): Finding => ({
    rule: "r",
    severity,
    path: "p",
    message: "m",
    hint: "h",
  });
  it("is true only when an error is present", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([finding("warning"), finding("info")])).toBe(false);
    expect(hasErrors([finding("info"), finding("error")])).toBe(true);
  });
});

describe("lintRules", () => {
  it("lists every rule once with a description", () => {
    const ids = lintRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of lintRules) {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(["kpi", "assignment", "framework", "organization"]).toContain(rule.scope);
    }
  });

  it("contains every rule the domain requires", () => {
    const ids = new Set(lintRules.map((r) => r.id));
    for (const id of [
      "kpi.specific.description",
      "kpi.specific.vague",
      "kpi.measurable.unit",
      "kpi.measurable.direction",
      "kpi.measurable.aggregation",
      "kpi.measurable.rating-scale",
      "kpi.timebound.frequency",
      "assignment.achievable.target",
      "assignment.achievable.stretch",
      "assignment.achievable.realism",
      "assignment.relevant.objective",
      "assignment.relevant.responsibility",
      "assignment.reference",
      "assignment.rating-scale",
      "framework.weights",
      "framework.kpi-count",
      "framework.min-weight",
      "framework.leading",
      "framework.development",
      "framework.duplicate-kpi",
      "framework.goodhart",
      "framework.scoring",
      "framework.role",
      "org.objective-uncovered",
      "org.kpi-unused",
      "org.role-unpublished",
      "org.objective-cycle",
      "org.unit-cycle",
      "org.reference",
      "org.duplicate-key",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("reports findings with the catalogue severity", () => {
    const doc: FrameworkDocument = exampleWith((d) => {
      kpiOf(d, "new-arr").unit = undefined;
      d.kpis.push({ ...d.kpis[0]!, key: "unused" });
    });
    const severity = new Map(lintRules.map((r) => [r.id, r.severity]));
    for (const f of lintDocument(doc)) expect(f.severity).toBe(severity.get(f.rule));
  });
});
