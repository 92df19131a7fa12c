import { selfAndDescendantIds } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { treeOptions } from "./tree-options.js";

const items = [
  { id: "a", parentId: null, name: "A" },
  { id: "b", parentId: "a", name: "B" },
  { id: "c", parentId: "b", name: "C" },
  { id: "d", parentId: "missing", name: "D" },
];

describe("treeOptions", () => {
  it("lists items in tree order with indentation and leaves out excluded branches", () => {
    const options = treeOptions(items, (i) => i.name, selfAndDescendantIds(items, "b"));
    expect(options.map((o) => o.value)).toEqual(["a", "d"]);
    expect(treeOptions(items, (i) => i.name)[2]?.label).toBe("\u2003\u2003C");
  });
});
