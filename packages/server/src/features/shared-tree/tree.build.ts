/** Anything that sits in a tree by a nullable parent id. */
export interface TreeItem {
  id: string;
  parentId: string | null;
}

export type TreeNode<T extends TreeItem> = T & { children: TreeNode<T>[] };

/**
 * Nests a flat list into trees, keeping the list's order among siblings.
 * An item whose parent is not in the list (filtered out, e.g. archived) becomes a root,
 * so nothing the caller asked for is silently dropped.
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

/**
 * The same items, every parent before its children (depth first), so that a reader
 * creating records in this order always finds the parent already there.
 */
export function orderParentsFirst<T extends TreeItem>(items: readonly T[]): T[] {
  const ordered: T[] = [];
  const visit = (nodes: TreeNode<T>[]) => {
    for (const { children, ...item } of nodes) {
      ordered.push(items.find((i) => i.id === item.id) as T);
      visit(children);
    }
  };
  visit(buildTree(items));
  return ordered;
}
