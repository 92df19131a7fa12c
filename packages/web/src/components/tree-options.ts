import { buildTree, type TreeItem, type TreeNode } from "@yardstick/core";

/** Options for a parent select: every item, indented by depth, in tree order. */
export function treeOptions<T extends TreeItem>(
  items: readonly T[],
  labelOf: (item: T) => string,
  exclude: ReadonlySet<string> = new Set(),
): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  const visit = (nodes: TreeNode<T>[], depth: number) => {
    for (const node of nodes) {
      if (exclude.has(node.id)) continue;
      options.push({ value: node.id, label: `${"\u2003".repeat(depth)}${labelOf(node)}` });
      visit(node.children, depth + 1);
    }
  };
  visit(buildTree(items), 0);
  return options;
}
