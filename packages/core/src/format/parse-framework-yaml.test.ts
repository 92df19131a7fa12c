import { describe, expect, it } from "vitest";
import { exampleDocument } from "./example-document.fixture.js";
import { MAX_FILE_BYTES } from "./input-limits.js";
import { parseFrameworkYaml } from "./parse-framework-yaml.js";
import { serializeFrameworkYaml } from "./serialize-framework-yaml.js";

const kpiYaml = (extra = "", kind = "quantitative") =>
  [
    "yardstick: 1",
    "kpis:",
    "  - key: revenue",
    "    name: Revenue",
    "    categories:",
    `      kind: ${kind}`,
    "      timing: lagging",
    "      focus: performance",
    extra,
  ].join("\n");

function errorsOf(text: string) {
  const result = parseFrameworkYaml(text);
  if (result.ok) throw new Error("expected the parse to fail");
  return result.errors;
}

describe("parseFrameworkYaml", () => {
  it("reads a valid document and applies defaults", () => {
    const result = parseFrameworkYaml(kpiYaml());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.kpis[0]?.reporter).toBe("manager");
    expect(result.document.frameworks).toEqual([]);
  });

  it("reads the serialized example back", () => {
    const result = parseFrameworkYaml(serializeFrameworkYaml(exampleDocument()));
    expect(result).toEqual({ ok: true, document: exampleDocument() });
  });

  it("reports syntax errors with line and column", () => {
    const errors = errorsOf("yardstick: 1\nkpis:\n  - key: a\n    name: [unclosed\n  - key: b\n");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(4);
    expect(errors[0]?.column).toBeGreaterThanOrEqual(1);
  });

  it("reports duplicate keys at the second key", () => {
    expect(errorsOf("yardstick: 1\nkpis: []\nkpis: []\n")).toEqual([
      expect.objectContaining({ message: expect.stringContaining("unique"), line: 3, column: 1 }),
    ]);
  });

  it("maps a schema error to the line and column of the offending value", () => {
    expect(errorsOf(kpiYaml("", "numeric"))).toEqual([
      {
        message: 'Invalid option: expected one of "quantitative"|"qualitative"',
        path: "kpis[0].categories.kind",
        line: 6,
        column: 13,
      },
    ]);
  });

  it("points an unknown field at its key", () => {
    expect(errorsOf(kpiYaml("    colour: blue"))).toEqual([
      { message: 'Unknown field "colour"', path: "kpis[0].colour", line: 9, column: 5 },
    ]);
  });

  it("points a missing field at the object that lacks it", () => {
    const errors = errorsOf(
      "kpis:\n  - key: revenue\n    categories: { kind: quantitative, timing: lagging, focus: performance }\n",
    );
    expect(errors).toEqual([{ message: 'Missing required field "name"', path: "kpis[0].name", line: 2, column: 5 }]);
  });

  it("names the valid scoring methods for an unknown one", () => {
    const text = [
      "frameworks:",
      "  - role: seller",
      "    assignments:",
      "      - kpi: revenue",
      "        weight: 100",
      "        scoring:",
      "          method: guess",
    ].join("\n");
    const [error] = errorsOf(text);
    expect(error?.path).toBe("frameworks[0].assignments[0].scoring.method");
    expect(error?.message).toBe(
      'Unknown method "guess"; use one of: linear, ratio, range, binary, curve, bands, rating',
    );
    expect(error?.line).toBe(7);
  });

  it("refuses __proto__ and constructor keys with their position", () => {
    const errors = errorsOf("yardstick: 1\nkpis:\n  - __proto__: { polluted: true }\n    constructor: x\n");
    expect(errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('"__proto__" is not allowed'), line: 3, column: 5 }),
      expect.objectContaining({ message: expect.stringContaining('"constructor" is not allowed'), line: 4, column: 5 }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses alias expansion bombs", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    expect(errorsOf(bomb)[0]?.message).toContain("Too many alias expansions");
  });

  it("allows a few aliases", () => {
    const text = `${kpiYaml()}\n  - key: profit\n    name: Profit\n    categories: *cats`.replace(
      "    categories:\n",
      "    categories: &cats\n",
    );
    const result = parseFrameworkYaml(text);
    expect(result.ok && result.document.kpis[1]?.categories.kind).toBe("quantitative");
  });

  it("refuses files over 5 MB before parsing", () => {
    const big = `# ${"x".repeat(MAX_FILE_BYTES)}\nyardstick: 1\n`;
    expect(errorsOf(big)).toEqual([{ message: "The file is larger than 5 MB" }]);
    const multiByte = `# ${"é".repeat(MAX_FILE_BYTES / 2)}\n`; // under 5 M characters, over 5 MB
    expect(errorsOf(multiByte)[0]?.message).toBe("The file is larger than 5 MB");
  });

  it("refuses an empty file with a clear message", () => {
    expect(errorsOf("")[0]?.message).toContain("The file is empty");
    expect(errorsOf("# only a comment\n")[0]?.message).toContain("The file is empty");
  });

  it("refuses a document that is not a mapping", () => {
    expect(errorsOf("- a\n- b\n")).toEqual([
      { message: "Invalid input: expected object, received array", line: 1, column: 1 },
    ]);
  });

  it("refuses unresolved tags", () => {
    expect(errorsOf("yardstick: !secret 1\n")[0]).toMatchObject({ line: 1 });
  });

  it("reports absurd nesting instead of crashing", () => {
    const errors = errorsOf(`a: ${"[".repeat(20000)}${"]".repeat(20000)}`);
    expect(errors[0]?.message).toBe("The file is nested too deeply to read");
  });

  it("keeps dates as strings (YAML 1.2 core schema)", () => {
    const result = parseFrameworkYaml("frameworks:\n  - role: seller\n    effectiveDate: 2025-01-01\n");
    expect(result.ok && result.document.frameworks[0]?.effectiveDate).toBe("2025-01-01");
  });
});
