import { describe, expect, it } from "vitest";
import { exampleDocument, exampleWith, findingsOf, frameworkOf } from "../lint-test.fixture.js";

describe("org.objective-uncovered", () => {
  it("passes when every objective is served, parents through their children", () => {
    expect(findingsOf(exampleDocument(), "org.objective-uncovered")).toEqual([]);
  });
  it("warns on an objective nobody serves, but not on archived ones", () => {
    const doc = exampleWith((d) => {
      d.objectives.push({ key: "enter-japan", title: "Enter the Japanese market" });
      d.objectives.push({ key: "old-goal", title: "Old goal", archived: true });
    });
    expect(findingsOf(doc, "org.objective-uncovered")).toEqual([
      expect.objectContaining({ severity: "warning", path: "objectives[5]" }),
    ]);
  });
});

describe("org.kpi-unused", () => {
  it("passes when every KPI is used", () => {
    expect(findingsOf(exampleDocument(), "org.kpi-unused")).toEqual([]);
  });
  it("reports unused KPIs as info", () => {
    const doc = exampleWith((d) => {
      d.kpis.push({ ...d.kpis[0]!, key: "spare" });
    });
    expect(findingsOf(doc, "org.kpi-unused")).toEqual([expect.objectContaining({ severity: "info", path: "kpis[8]" })]);
  });
});

describe("org.role-unpublished", () => {
  it("passes when every role has a published framework", () => {
    expect(findingsOf(exampleDocument(), "org.role-unpublished")).toEqual([]);
  });
  it("reports roles with only a draft or with no framework", () => {
    const doc = exampleWith((d) => {
      frameworkOf(d, "sales-executive").status = "draft";
      d.roles.push({ key: "cfo", title: "CFO", responsibilities: [], expectedOutcomes: [] });
    });
    expect(findingsOf(doc, "org.role-unpublished").map((f) => [f.path, f.message])).toEqual([
      ["roles[0]", 'Role "sales-executive" has only a draft framework'],
      ["roles[2]", 'Role "cfo" has no framework'],
    ]);
  });
});

describe("org.objective-cycle", () => {
  it("passes a tree", () => {
    expect(findingsOf(exampleDocument(), "org.objective-cycle")).toEqual([]);
  });
  it("reports each cycle once, from its first member", () => {
    const doc = exampleWith((d) => {
      d.objectives[0]!.parent = "build-capability";
      d.objectives[4]!.parent = "grow-revenue.new-business";
      d.objectives[3]!.parent = "reliable-platform";
    });
    expect(findingsOf(doc, "org.objective-cycle").map((f) => [f.path, f.message])).toEqual([
      [
        "objectives[0].parent",
        "Objectives form a cycle: grow-revenue → build-capability → grow-revenue.new-business → grow-revenue",
      ],
      ["objectives[3].parent", "Objectives form a cycle: reliable-platform → reliable-platform"],
    ]);
  });
});

describe("org.unit-cycle", () => {
  it("passes a tree", () => {
    expect(findingsOf(exampleDocument(), "org.unit-cycle")).toEqual([]);
  });
  it("reports a cycle of org units", () => {
    const doc = exampleWith((d) => {
      d.orgUnits[0]!.parent = "sales";
    });
    expect(findingsOf(doc, "org.unit-cycle")).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "orgUnits[0].parent",
        message: "Org units form a cycle: company → sales → company",
      }),
    ]);
  });
});

describe("org.reference", () => {
  it("passes when parents and org units exist", () => {
    expect(findingsOf(exampleDocument(), "org.reference")).toEqual([]);
  });
  it("reports unknown parents and org units", () => {
    const doc = exampleWith((d) => {
      d.objectives[1]!.parent = "nowhere";
      d.orgUnits[2]!.parent = "nowhere";
      d.roles[1]!.orgUnit = "nowhere";
    });
    expect(findingsOf(doc, "org.reference").map((f) => f.path)).toEqual([
      "objectives[1].parent",
      "orgUnits[2].parent",
      "roles[1].orgUnit",
    ]);
  });
});

describe("org.duplicate-key", () => {
  it("passes unique keys", () => {
    expect(findingsOf(exampleDocument(), "org.duplicate-key")).toEqual([]);
  });
  it("reports duplicates of every kind at the later occurrence", () => {
    const doc = exampleWith((d) => {
      d.objectives[2]!.key = "grow-revenue";
      d.orgUnits[2]!.key = "sales";
      d.roles[1]!.key = "sales-executive";
      d.kpis[7]!.key = "new-arr";
      d.roles[0]!.responsibilities[1]!.key = "win-new-business";
      frameworkOf(d, "backend-engineer").sections[2]!.key = "delivery";
      d.frameworks[1]!.role = "sales-executive";
      d.frameworks[1]!.version = 1;
    });
    expect(findingsOf(doc, "org.duplicate-key").map((f) => f.path)).toEqual([
      "frameworks[1].sections[2].key",
      "frameworks[1].version",
      "kpis[7].key",
      "objectives[2].key",
      "orgUnits[2].key",
      "roles[0].responsibilities[1].key",
      "roles[1].key",
    ]);
  });
});

describe("lint.unknown-rule", () => {
  it("passes known rule ids", () => {
    const doc = exampleWith((d) => {
      d.lint = { disabledRules: ["framework.leading"] };
    });
    expect(findingsOf(doc, "lint.unknown-rule")).toEqual([]);
  });
  it("warns on an unknown rule id", () => {
    const doc = exampleWith((d) => {
      d.lint = { disabledRules: ["framework.leading", "framework.weigths"] };
    });
    expect(findingsOf(doc, "lint.unknown-rule")).toEqual([
      expect.objectContaining({
        path: "lint.disabledRules[1]",
        message: 'Unknown rule "framework.weigths" in disabledRules',
      }),
    ]);
  });
});
