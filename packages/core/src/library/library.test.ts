import { describe, expect, it } from "vitest";
import { lintDocument } from "../lint/index.js";
import {
  type FrameworkDocument,
  type FrameworkDocumentInput,
  frameworkDocumentSchema,
  type Kpi,
} from "../model/framework-document.schema.js";
import { scoringMethods } from "../model/scoring-config.schema.js";
import { scoreValue, validateScoringConfig } from "../scoring/index.js";
import { customerSupportLibrary } from "./customer-support.library.js";
import { financeLibrary } from "./finance.library.js";
import { hrLibrary } from "./hr.library.js";
import { libraryFamilies, libraryFamily, starterLibrary } from "./index.js";
import { itLibrary } from "./it.library.js";
import { marketingLibrary } from "./marketing.library.js";
import { operationsLibrary } from "./operations.library.js";
import { salesLibrary } from "./sales.library.js";

const rawFamilies: [string, FrameworkDocumentInput][] = [
  ["sales", salesLibrary],
  ["hr", hrLibrary],
  ["marketing", marketingLibrary],
  ["ops", operationsLibrary],
  ["it", itLibrary],
  ["support", customerSupportLibrary],
  ["finance", financeLibrary],
];

/** Every key the document defines, of every kind, with where it came from. */
function allKeys(doc: FrameworkDocument): { key: string; where: string }[] {
  return [
    ...doc.objectives.map((o) => ({ key: o.key, where: "objective" })),
    ...doc.orgUnits.map((u) => ({ key: u.key, where: "org unit" })),
    ...doc.roles.map((r) => ({ key: r.key, where: "role" })),
    ...doc.roles.flatMap((r) => r.responsibilities.map((x) => ({ key: x.key, where: `responsibility of ${r.key}` }))),
    ...doc.kpis.map((k) => ({ key: k.key, where: "kpi" })),
  ];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const value of values) {
    if (seen.has(value)) repeated.push(value);
    seen.add(value);
  }
  return repeated;
}

function kpiOf(doc: FrameworkDocument, key: string): Kpi {
  const kpi = doc.kpis.find((k) => k.key === key);
  if (!kpi) throw new Error(`no KPI ${key}`);
  return kpi;
}

function sentenceCount(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((part) => part.trim().length > 0).length;
}

function formatFindings(findings: ReturnType<typeof lintDocument>): string {
  return findings.map((f) => `${f.severity} ${f.rule} at ${f.path}: ${f.message}`).join("\n");
}

describe("starter library families", () => {
  it("has the seven families, in order, with their display names", () => {
    expect(libraryFamilies.map((f) => [f.key, f.name])).toEqual([
      ["sales", "Sales"],
      ["hr", "HR"],
      ["marketing", "Marketing"],
      ["ops", "Operations"],
      ["it", "IT/Development"],
      ["support", "Customer Support"],
      ["finance", "Finance"],
    ]);
    for (const family of libraryFamilies) expect(family.description.length).toBeGreaterThan(20);
  });

  it.each(rawFamilies)("the %s family parses with the framework document schema", (_key, input) => {
    const result = frameworkDocumentSchema.safeParse(input);
    expect(result.success, result.error?.message).toBe(true);
  });

  it("the schema would reject a family with a malformed key (the parse check can fail)", () => {
    const broken = { ...salesLibrary, orgUnits: [{ key: "Sales Unit", name: "Sales" }] };
    expect(frameworkDocumentSchema.safeParse(broken).success).toBe(false);
  });

  describe.each(libraryFamilies.map((f) => [f.key, f] as const))("%s", (key, family) => {
    const doc = family.document;

    it("has 1–3 objectives with a perspective, one org unit, two roles and one framework per role", () => {
      expect(doc.objectives.length).toBeGreaterThanOrEqual(1);
      expect(doc.objectives.length).toBeLessThanOrEqual(3);
      for (const objective of doc.objectives) expect(objective.perspective, objective.key).toBeDefined();
      expect(doc.orgUnits).toHaveLength(1);
      expect(doc.roles).toHaveLength(2);
      expect(doc.frameworks.map((f) => f.role).sort()).toEqual(doc.roles.map((r) => r.key).sort());
    });

    it("prefixes every key with the family slug", () => {
      for (const { key: k, where } of allKeys(doc)) expect(k.startsWith(`${key}.`), `${where} ${k}`).toBe(true);
    });

    it("has roles with a description, 4–6 responsibilities and 3–5 expected outcomes", () => {
      for (const role of doc.roles) {
        expect(role.family, role.key).toBe(family.name);
        expect(role.orgUnit, role.key).toBe(doc.orgUnits[0]?.key);
        expect(role.description?.length ?? 0, role.key).toBeGreaterThan(40);
        expect(role.responsibilities.length, role.key).toBeGreaterThanOrEqual(4);
        expect(role.responsibilities.length, role.key).toBeLessThanOrEqual(6);
        expect(role.expectedOutcomes.length, role.key).toBeGreaterThanOrEqual(3);
        expect(role.expectedOutcomes.length, role.key).toBeLessThanOrEqual(5);
      }
    });

    it("has 6–10 KPIs including at least one development and one leading KPI", () => {
      expect(doc.kpis.length).toBeGreaterThanOrEqual(6);
      expect(doc.kpis.length).toBeLessThanOrEqual(10);
      expect(doc.kpis.some((k) => k.categories.focus === "development")).toBe(true);
      expect(doc.kpis.some((k) => k.categories.timing === "leading")).toBe(true);
    });

    it("specifies every KPI fully", () => {
      for (const kpi of doc.kpis) {
        const label = kpi.key;
        expect(sentenceCount(kpi.description ?? ""), `${label} description sentences`).toBeGreaterThanOrEqual(2);
        expect(kpi.unit, label).toBeTruthy();
        expect(kpi.direction, label).toBeDefined();
        expect(kpi.aggregation, label).toBeDefined();
        expect(kpi.frequency, label).toBeDefined();
        expect(kpi.dataSource, label).toBeTruthy();
        expect(kpi.family, label).toBe(family.name);
        expect(kpi.suggested?.baseline, label).toBeDefined();
        expect(kpi.suggested?.target, label).toBeDefined();
      }
    });

    it("suggests targets that improve on the baseline, and stretches beyond the target, in the KPI's direction", () => {
      for (const kpi of doc.kpis) {
        const { baseline, target, stretch } = kpi.suggested ?? {};
        if (baseline === undefined || target === undefined) throw new Error(`${kpi.key} has no suggestion`);
        const better = (a: number, b: number) => (kpi.direction === "lower" ? a < b : a > b);
        expect(better(target, baseline), `${kpi.key}: target ${target} vs baseline ${baseline}`).toBe(true);
        if (stretch !== undefined) {
          expect(better(stretch, target), `${kpi.key}: stretch ${stretch} vs target ${target}`).toBe(true);
        }
      }
    });

    it("gives every qualitative KPI an anchored rating scale with every point described", () => {
      const qualitative = doc.kpis.filter((k) => k.categories.kind === "qualitative");
      for (const kpi of qualitative) {
        const scale = kpi.ratingScale;
        expect(scale, kpi.key).toBeDefined();
        if (!scale) continue;
        expect(scale.min, kpi.key).toBeLessThan(scale.max);
        const described = scale.anchors.map((a) => a.value).sort((a, b) => a - b);
        const expected = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
        expect(described, kpi.key).toEqual(expected);
        for (const anchor of scale.anchors) expect(anchor.description.length, kpi.key).toBeGreaterThan(20);
      }
    });
  });
});

describe("starter library role frameworks", () => {
  const doc = starterLibrary();

  describe.each(doc.frameworks.map((f) => [f.role, f] as const))("%s", (_role, framework) => {
    const role = doc.roles.find((r) => r.key === framework.role);
    const responsibilityKeys = new Set(role?.responsibilities.map((r) => r.key));
    const objectiveKeys = new Set(doc.objectives.map((o) => o.key));
    const kpis = framework.assignments.map((a) => kpiOf(doc, a.kpi));

    it("is a published version 1 effective 2026-01-01", () => {
      expect(role).toBeDefined();
      expect(framework).toMatchObject({
        version: 1,
        status: "published",
        effectiveDate: "2026-01-01",
        changelog: "Starter framework",
      });
    });

    it("has 4–7 distinct assignments whose weights (each at least 5) sum to 100", () => {
      expect(framework.assignments.length).toBeGreaterThanOrEqual(4);
      expect(framework.assignments.length).toBeLessThanOrEqual(7);
      expect(duplicates(framework.assignments.map((a) => a.kpi))).toEqual([]);
      for (const a of framework.assignments) expect(a.weight, a.kpi).toBeGreaterThanOrEqual(5);
      expect(framework.assignments.reduce((sum, a) => sum + a.weight, 0)).toBe(100);
    });

    it("links every assignment to existing KPI, objective and role-responsibility keys", () => {
      for (const a of framework.assignments) {
        expect(a.objectives.length, a.kpi).toBeGreaterThan(0);
        for (const objective of a.objectives)
          expect(objectiveKeys.has(objective), `${a.kpi} → ${objective}`).toBe(true);
        expect(a.responsibility && responsibilityKeys.has(a.responsibility), `${a.kpi} → ${a.responsibility}`).toBe(
          true,
        );
      }
    });

    it("includes a leading KPI, a development KPI, and a quality KPI wherever there is a volume KPI", () => {
      expect(kpis.some((k) => k.categories.timing === "leading")).toBe(true);
      expect(kpis.some((k) => k.categories.focus === "development")).toBe(true);
      if (kpis.some((k) => k.balance === "volume")) expect(kpis.some((k) => k.balance === "quality")).toBe(true);
    });

    it("has valid scoring configs that score the suggested values in order: baseline < target ≤ stretch", () => {
      for (const a of framework.assignments) {
        expect(validateScoringConfig(a.scoring), a.kpi).toEqual([]);
        const kpi = kpiOf(doc, a.kpi);
        if (a.scoring.method === "rating") {
          expect(a.scoring.scale, a.kpi).toEqual({ min: kpi.ratingScale?.min, max: kpi.ratingScale?.max });
        }
        const { baseline, target, stretch } = kpi.suggested ?? {};
        if (baseline === undefined || target === undefined) throw new Error(`${kpi.key} has no suggestion`);
        const atBaseline = scoreValue(baseline, a.scoring).score;
        const atTarget = scoreValue(target, a.scoring).score;
        expect(atTarget, `${a.kpi}: target scores above baseline`).toBeGreaterThan(atBaseline);
        if (stretch !== undefined) {
          expect(scoreValue(stretch, a.scoring).score, `${a.kpi}: stretch`).toBeGreaterThanOrEqual(atTarget);
        }
      }
    });
  });

  it("uses every scoring method somewhere in the library", () => {
    const used = new Set(doc.frameworks.flatMap((f) => f.assignments.map((a) => a.scoring.method)));
    expect([...used].sort()).toEqual([...scoringMethods].sort());
  });

  it("uses every KPI in at least one framework", () => {
    const used = new Set(doc.frameworks.flatMap((f) => f.assignments.map((a) => a.kpi)));
    expect(doc.kpis.map((k) => k.key).filter((k) => !used.has(k))).toEqual([]);
  });
});

describe("starterLibrary()", () => {
  it("merges every family into one document", () => {
    const doc = starterLibrary();
    const count = (pick: (d: FrameworkDocument) => unknown[]) =>
      libraryFamilies.reduce((sum, f) => sum + pick(f.document).length, 0);
    expect(doc.objectives).toHaveLength(count((d) => d.objectives));
    expect(doc.roles).toHaveLength(count((d) => d.roles));
    expect(doc.kpis).toHaveLength(count((d) => d.kpis));
    expect(doc.frameworks).toHaveLength(14);
    expect(frameworkDocumentSchema.parse(doc)).toEqual(doc);
  });

  it("keeps keys unique across the whole library", () => {
    const doc = starterLibrary();
    expect(duplicates(allKeys(doc).map((k) => k.key))).toEqual([]);
  });

  it("returns a fresh copy each call, so an importer can edit it", () => {
    const first = starterLibrary();
    const firstKpi = first.kpis[0];
    if (!firstKpi) throw new Error("empty library");
    firstKpi.name = "Edited";
    first.frameworks.pop();
    const second = starterLibrary();
    expect(second.kpis[0]?.name).not.toBe("Edited");
    expect(second.frameworks).toHaveLength(14);
  });
});

describe("libraryFamily()", () => {
  it("returns the family by key with an editable copy of its document", () => {
    const family = libraryFamily("finance");
    expect(family?.name).toBe("Finance");
    family?.document.kpis.splice(0);
    expect(libraryFamily("finance")?.document.kpis.length).toBeGreaterThan(0);
  });

  it("returns undefined for an unknown key", () => {
    expect(libraryFamily("legal")).toBeUndefined();
    expect(libraryFamily("Sales")).toBeUndefined();
  });

  it("the shared libraryFamilies entries are frozen against accidental edits", () => {
    const kpis = libraryFamilies[0]?.document.kpis;
    expect(kpis).toBeDefined();
    expect(() => kpis?.push(kpis[0] as Kpi)).toThrow(TypeError);
  });
});

describe("lint", () => {
  it("the starter library passes its own lint with zero errors", () => {
    const targets = [
      ["whole library", starterLibrary()] as const,
      ...libraryFamilies.map((f) => [f.key, f.document] as const),
    ];
    for (const [name, doc] of targets) {
      const errors = lintDocument(doc).filter((f) => f.severity === "error");
      expect(errors, `${name}:\n${formatFindings(errors)}`).toEqual([]);
    }
  });

  it("the starter library has no lint warnings either", () => {
    const warnings = lintDocument(starterLibrary()).filter((f) => f.severity === "warning");
    expect(warnings, formatFindings(warnings)).toEqual([]);
  });

  it("lint does find errors in a broken copy (the check above can fail)", () => {
    const doc = starterLibrary();
    const assignment = doc.frameworks[0]?.assignments[0];
    if (!assignment) throw new Error("empty library");
    assignment.weight -= 5;
    expect(lintDocument(doc).some((f) => f.severity === "error" && f.rule === "framework.weights")).toBe(true);
  });
});
