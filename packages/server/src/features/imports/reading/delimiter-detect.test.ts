import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./delimiter-detect.js";

describe("detectDelimiter", () => {
  it("prefers the delimiter that splits every record the same way, ignoring decimal commas", () => {
    expect(detectDelimiter("Name;Value\nAnna;1,5\nBen;2\nCleo;3,25\n")).toBe(";");
  });

  it("ignores delimiters inside quotes, also across quoted newlines", () => {
    expect(detectDelimiter('a|b\n"x;y;z\n;;"|1\n"q;;"|2\n')).toBe("|");
  });

  it("finds tabs and falls back to a comma for one column", () => {
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
    expect(detectDelimiter("only\none\ncolumn\n")).toBe(",");
  });

  it("does not let a cut-off last line of a sample vote", () => {
    expect(detectDelimiter("a,b\n1,2\n3,4\n5;6;7;8;9", false)).toBe(",");
  });
});
