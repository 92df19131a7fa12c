import { describe, expect, it } from "vitest";
import { keyFromTitle, keyProblem } from "./key-from-title.js";

describe("keyFromTitle", () => {
  it("makes a valid slug from a title with accents, symbols and spaces", () => {
    expect(keyFromTitle("  Grow Recurring Revenue 30% ")).toBe("grow-recurring-revenue-30");
    expect(keyFromTitle("Qualité & Service")).toBe("qualite-and-service");
    expect(keyProblem(keyFromTitle("Net Promoter Score (NPS)"))).toBeUndefined();
  });
  it("gives an empty key for a title without letters or digits, which keyProblem refuses", () => {
    expect(keyFromTitle("!!!")).toBe("");
    expect(keyProblem("")).toBe("Key is required");
  });
  it("keeps keys within 80 characters and refuses invalid ones", () => {
    expect(keyFromTitle("a ".repeat(100)).length).toBeLessThanOrEqual(80);
    expect(keyProblem("Bad Key")).toMatch(/lowercase/);
    expect(keyProblem("-x")).toMatch(/starting/);
  });
});
