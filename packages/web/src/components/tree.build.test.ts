import { describe, expect, it } from "vitest";
import { buildTree, selfAndDescendantIds, treeOptions } from "./tree.build.js";

const items = [
  { id: "a", parentId: null, name: "A" },
  { id: "b", parentId: "a", name: "B" },
  { id: "c", parentId: "b", name: "C" },
  { id: "d", parentId: "missing", name: "D" },
];

describe("buildTree", () => {
  it("nests children under parents and keeps orphans as roots", () => {
    const roots = buildTree(items);
    expect(roots.map((r) => r.id)).toEqual(["a", "d"]);
    expect(roots[0]?.children[0]?.children[0]?.id).toBe("c");
  });
});

describe("selfAndDescendantIds", () => {
  it("finds the whole branch below an item", () => {
    expect([...selfAndDescendantIds(items, "a")].sort()).toEqual(["a", "b", "c"]);
    expect([...selfAndDescendantIds(items, "c")]).toEqual(["c"]);
  });
});

describe("treeOptions", () => {
  it("lists items in tree order with indentation and leaves out excluded branches", () => {
    const options = treeOptions(items, (i) => i.name, selfAndDescendantIds(items, "b"));
    expect(options.map((o) => o.value)).toEqual(["a", "d"]);
    expect(treeOptions(items, (i) => i.name)[2]?.label).toBe("\u2003\u2003C");
  });
});
