import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkDocumentSchema } from "../model/framework-document.schema.js";
import { exampleDocument } from "./example-document.fixture.js";
import { frameworkDocumentArbitrary } from "./framework-document.arbitrary.js";
import { parseFrameworkYaml } from "./parse-framework-yaml.js";
import { serializeFrameworkYaml } from "./serialize-framework-yaml.js";

describe("serializeFrameworkYaml", () => {
  const text = serializeFrameworkYaml(exampleDocument());

  it("starts with a header comment naming the file and the lint command", () => {
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^# Yardstick KPI framework/);
    expect(lines[1]).toContain("yardstick lint");
  });

  it("writes keys in schema order", () => {
    const top = text
      .split("\n")
      .filter((line) => /^[a-zA-Z]/.test(line))
      .map((line) => line.split(":")[0]);
    expect(top).toEqual([
      "yardstick",
      "organization",
      "ratingScale",
      "lint",
      "objectives",
      "orgUnits",
      "roles",
      "kpis",
      "frameworks",
    ]);
    const kpi = text.slice(text.indexOf("  - key: new-arr"));
    expect(kpi.indexOf("name:")).toBeLessThan(kpi.indexOf("description:"));
    expect(kpi.indexOf("description:")).toBeLessThan(kpi.indexOf("unit:"));
    expect(kpi.indexOf("categories:")).toBeLessThan(kpi.indexOf("reporter:"));
  });

  it("orders scoring fields by the method's schema", () => {
    const doc = exampleDocument();
    doc.frameworks[0]!.assignments[0]!.scoring = { cap: 1.5, target: 10, baseline: 0, method: "linear" };
    const scoring = serializeFrameworkYaml(doc).match(/scoring:\n((?: {10}.+\n)+)/)?.[1] ?? "";
    expect(
      scoring
        .trim()
        .split("\n")
        .map((line) => line.trim().split(":")[0]),
    ).toEqual(["method", "baseline", "target", "cap"]);
  });

  it("leaves out empty lists that parse back to the same default", () => {
    expect(text).not.toContain("expectedOutcomes: []");
    expect(text).not.toContain("disabledRules");
    expect(text).toContain("lint: {}");
  });

  it("writes short key lists and curve points on one line", () => {
    expect(text).toContain("objectives: [reliable-platform, keep-customers]");
    expect(text).toContain("- [60, 0]");
  });

  it("round-trips the realistic example without loss", () => {
    expect(parseFrameworkYaml(text)).toEqual({ ok: true, document: exampleDocument() });
  });

  it("round-trips generated documents without loss", () => {
    fc.assert(
      fc.property(frameworkDocumentArbitrary, (input) => {
        const parsed = frameworkDocumentSchema.safeParse(input);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const doc = parsed.data;
        const again = parseFrameworkYaml(serializeFrameworkYaml(doc));
        if (!again.ok) throw new Error(JSON.stringify(again.errors));
        expect(again.document).toStrictEqual(doc);
        for (const [i, kpi] of doc.kpis.entries()) {
          // toStrictEqual treats 0 and -0 alike only through Object.is; check numbers exactly.
          expect(Object.is(again.document.kpis[i]?.suggested?.target, kpi.suggested?.target)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
