import { describe, expect, it } from "vitest";
import { HttpError } from "../../http/http-errors.js";
import { assertNoCycle, descendantIds, wouldCreateCycle } from "./tree-parent.rule.js";

describe("cycle checks", () => {
  const parents = new Map<string, string | null>([
    ["a", null],
    ["b", "a"],
    ["c", "b"],
    ["x", null],
  ]);

  it("finds every descendant", () => {
    expect(descendantIds(parents, "a").sort()).toEqual(["b", "c"]);
    expect(descendantIds(parents, "c")).toEqual([]);
  });

  it("refuses self-parent and moving under a descendant, allows other moves", () => {
    expect(wouldCreateCycle(parents, "a", "a")).toBe(true);
    expect(wouldCreateCycle(parents, "a", "c")).toBe(true);
    expect(wouldCreateCycle(parents, "c", "x")).toBe(false);
    expect(wouldCreateCycle(parents, "c", "a")).toBe(false);
  });

  it("does not loop forever on a corrupt stored cycle", () => {
    const corrupt = new Map<string, string | null>([
      ["p", "q"],
      ["q", "p"],
    ]);
    expect(wouldCreateCycle(corrupt, "z", "p")).toBe(true);
    expect(descendantIds(corrupt, "p").sort()).toEqual(["p", "q"]);
  });

  it("throws a 400 naming parentId", () => {
    try {
      assertNoCycle(parents, "a", "b", "objective");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).statusCode).toBe(400);
      expect((error as HttpError).issues[0]?.path).toBe("parentId");
      expect((error as HttpError).message).toContain("would create a cycle");
    }
  });
});
