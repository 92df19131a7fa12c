/** Anything that sits in a tree by a nullable parent id. */
export interface TreeItem {
  id: string;
  parentId: string | null;
}

export type TreeNode<T extends TreeItem> = T & { children: TreeNode<T>[] };

/**
 * Nests a flat list, keeping the list's order among siblings. An item whose parent is not in the
 * list (e.g. an archived parent that is hidden) becomes a root, so nothing asked for disappears.
 */
export function buildTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const item of items) nodes.set(item.id, { ...item, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const item of items) {
    const node = nodes.get(item.id) as TreeNode<T>;
    const parent = item.parentId === null ? undefined : nodes.get(item.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Ids of `id` and everything below it: the choices a "move under" select must not offer. */
export function selfAndDescendantIds<T extends TreeItem>(items: readonly T[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId !== null && found.has(item.parentId) && !found.has(item.id)) {
        found.add(item.id);
        grew = true;
      }
    }
  }
  return found;
}

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
