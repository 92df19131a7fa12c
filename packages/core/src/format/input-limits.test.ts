import { describe, expect, it } from "vitest";
import { exceedsMaxFileSize, MAX_FILE_BYTES, utf8ByteLength } from "./input-limits.js";

describe("utf8ByteLength", () => {
  it("counts 1 to 4 bytes per code point", () => {
    expect(utf8ByteLength("")).toBe(0);
    expect(utf8ByteLength("abc")).toBe(3);
    expect(utf8ByteLength("é")).toBe(2);
    expect(utf8ByteLength("€")).toBe(3);
    expect(utf8ByteLength("😀")).toBe(4);
    expect(utf8ByteLength("a€😀")).toBe(8);
  });
});

describe("exceedsMaxFileSize", () => {
  it("accepts exactly the limit and refuses one byte more", () => {
    expect(exceedsMaxFileSize("x".repeat(MAX_FILE_BYTES))).toBe(false);
    expect(exceedsMaxFileSize("x".repeat(MAX_FILE_BYTES + 1))).toBe(true);
  });
  it("counts multi-byte characters", () => {
    expect(exceedsMaxFileSize("é".repeat(MAX_FILE_BYTES / 2))).toBe(false);
    expect(exceedsMaxFileSize("é".repeat(MAX_FILE_BYTES / 2 + 1))).toBe(true);
  });
});
