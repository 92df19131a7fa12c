import { describe, expect, it } from "vitest";
import { formatBytes, percent, plural } from "./import-format.js";

describe("import formatting", () => {
  it("formats sizes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(100 * 1024 * 1024)).toBe("100 MB");
  });

  it("keeps progress within 0..100 and 0 when the total is unknown", () => {
    expect(percent(5, 10)).toBe(50);
    expect(percent(12, 10)).toBe(100);
    expect(percent(3, 0)).toBe(0);
  });

  it("pluralises counts with separators", () => {
    expect(plural(1, "row")).toBe("1 row");
    expect(plural(12345, "row")).toBe("12,345 rows");
  });
});
