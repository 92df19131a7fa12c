import { describe, expect, it } from "vitest";
import { activeNavItemPath } from "./nav-items.js";

describe("activeNavItemPath", () => {
  it("picks the most specific item for nested paths", () => {
    expect(activeNavItemPath("/team/entry")).toBe("/team/entry");
    expect(activeNavItemPath("/team")).toBe("/team");
    expect(activeNavItemPath("/roles/123/framework")).toBe("/roles");
  });

  it("does not match a path that only shares a prefix", () => {
    expect(activeNavItemPath("/teams")).toBeUndefined();
    expect(activeNavItemPath("/")).toBeUndefined();
  });
});
