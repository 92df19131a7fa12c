import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect.js";

describe("safeRedirect", () => {
  it("keeps in-app paths with their search", () => {
    expect(safeRedirect("/roles/abc?tab=framework")).toBe("/roles/abc?tab=framework");
  });
  it("refuses other origins, protocol-relative URLs and missing targets", () => {
    expect(safeRedirect("https://evil.example")).toBe("/");
    expect(safeRedirect("//evil.example")).toBe("/");
    expect(safeRedirect("/\\evil.example")).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
  });
  it("does not loop back to the sign-in or setup pages", () => {
    expect(safeRedirect("/sign-in?redirect=/x")).toBe("/");
  });
});
