import { describe, expect, it } from "vitest";
import { parseValue } from "./parse-value.js";

describe("parseValue", () => {
  it("reads plain, grouped, signed and percent numbers", () => {
    expect(parseValue(" 7 ")).toEqual({ ok: true, value: 7 });
    expect(parseValue("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseValue("-0.5")).toEqual({ ok: true, value: -0.5 });
    expect(parseValue("12.5%")).toEqual({ ok: true, value: 12.5 });
    expect(parseValue(".5")).toEqual({ ok: true, value: 0.5 });
  });

  it("refuses empty text and words", () => {
    expect(parseValue("")).toEqual({ ok: false, error: "Enter a number" });
    expect(parseValue("abc")).toEqual({ ok: false, error: "Not a number" });
    expect(parseValue("1.2.3")).toEqual({ ok: false, error: "Not a number" });
    expect(parseValue("1e999")).toEqual({ ok: false, error: "Not a number" });
  });

  it("checks the bounds", () => {
    expect(parseValue("6", { min: 1, max: 5 })).toEqual({ ok: false, error: "Must be at most 5" });
    expect(parseValue("0", { min: 1, max: 5 })).toEqual({ ok: false, error: "Must be at least 1" });
    expect(parseValue("5", { min: 1, max: 5 })).toEqual({ ok: true, value: 5 });
  });
});
