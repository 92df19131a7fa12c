import { describe, expect, it } from "vitest";
import { buildTree, orderParentsFirst, selfAndDescendantIds } from "./tree.js";

const item = (id: string, parentId: string | null) => ({ id, parentId });

describe("buildTree", () => {
  it("nests children under their parents in list order", () => {
    const tree = buildTree([item("a", null), item("b", "a"), item("c", "a"), item("d", "c")]);
    expect(tree.map((n) => n.id)).toEqual(["a"]);
    expect(tree[0]?.children.map((n) => n.id)).toEqual(["b", "c"]);
    expect(tree[0]?.children[1]?.children.map((n) => n.id)).toEqual(["d"]);
  });

  it("makes an item whose parent is not in the list a root", () => {
    const tree = buildTree([item("b", "missing"), item("c", null)]);
    expect(tree.map((n) => n.id)).toEqual(["b", "c"]);
  });
});

describe("orderParentsFirst", () => {
  it("puts every parent before its children", () => {
    const ordered = orderParentsFirst([item("d", "c"), item("c", "a"), item("b", null), item("a", null)]);
    expect(ordered.map((i) => i.id)).toEqual(["b", "a", "c", "d"]);
  });
});

describe("selfAndDescendantIds", () => {
  const items = [item("a", null), item("b", "a"), item("c", "b"), item("d", "missing")];

  it("finds the whole branch below an item", () => {
    expect([...selfAndDescendantIds(items, "a")].sort()).toEqual(["a", "b", "c"]);
    expect([...selfAndDescendantIds(items, "c")]).toEqual(["c"]);
  });

  it("stops on a corrupt stored cycle", () => {
    expect([...selfAndDescendantIds([item("p", "q"), item("q", "p")], "p")].sort()).toEqual(["p", "q"]);
  });
});
