import { describe, expect, it } from "vitest";
import { exampleDocument, exampleDocumentInput } from "./example-document.fixture.js";
import { parseFrameworkJson } from "./parse-framework-json.js";

describe("parseFrameworkJson", () => {
  it("accepts a valid document and applies defaults", () => {
    expect(parseFrameworkJson(JSON.parse(JSON.stringify(exampleDocumentInput)))).toEqual({
      ok: true,
      document: exampleDocument(),
    });
    expect(parseFrameworkJson({})).toMatchObject({ ok: true, document: { yardstick: 1, kpis: [] } });
  });

  it("reports schema errors with paths", () => {
    const result = parseFrameworkJson({ kpis: [{ key: "Bad Key", name: "x", categories: {}, extra: 1 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain("kpis[0].key");
    expect(paths).toContain("kpis[0].categories.kind");
    expect(result.errors).toContainEqual({ message: 'Unknown field "extra"', path: "kpis[0].extra" });
    expect(result.errors.every((e) => e.line === undefined)).toBe(true);
  });

  it("refuses __proto__ and constructor keys anywhere", () => {
    const value = JSON.parse('{"kpis":[{"__proto__":{"x":1}}],"constructor":1}');
    expect(parseFrameworkJson(value)).toEqual({
      ok: false,
      errors: [
        { message: expect.stringContaining('"constructor" is not allowed'), path: "constructor" },
        { message: expect.stringContaining('"__proto__" is not allowed'), path: "kpis[0].__proto__" },
      ],
    });
  });

  it("refuses non-objects", () => {
    expect(parseFrameworkJson(null)).toEqual({
      ok: false,
      errors: [{ message: "Expected a framework document object" }],
    });
    expect(parseFrameworkJson([1])).toMatchObject({ ok: false });
  });
});
