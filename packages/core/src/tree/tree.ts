/** Anything that sits in a tree by a nullable parent id (objectives, org units). */
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
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered: T[] = [];
  const visit = (nodes: TreeNode<T>[]) => {
    for (const node of nodes) {
      ordered.push(byId.get(node.id) as T);
      visit(node.children);
    }
  };
  visit(buildTree(items));
  return ordered;
}

/** Ids of `id` and everything below it: the choices a "move under" must not offer. */
export function selfAndDescendantIds<T extends TreeItem>(items: readonly T[], id: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const item of items) {
    if (item.parentId === null) continue;
    childrenOf.set(item.parentId, [...(childrenOf.get(item.parentId) ?? []), item.id]);
  }
  const found = new Set([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of childrenOf.get(next) ?? []) {
      if (found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}
