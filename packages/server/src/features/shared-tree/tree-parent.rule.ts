import { badRequest } from "../../http/http-errors.js";

/** id → parent id of every record of one tree in one organization. */
export type ParentMap = ReadonlyMap<string, string | null>;

/** Ids of every record below `id` (children, grandchildren, ...), not including `id`. */
export function descendantIds(parents: ParentMap, id: string): string[] {
  const childrenOf = new Map<string, string[]>();
  for (const [child, parent] of parents) {
    if (parent === null) continue;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
  }
  const found: string[] = [];
  const pending = [...(childrenOf.get(id) ?? [])];
  while (pending.length > 0) {
    const next = pending.pop() as string;
    if (found.includes(next)) continue; // a corrupt cycle in stored data must not loop forever
    found.push(next);
    pending.push(...(childrenOf.get(next) ?? []));
  }
  return found;
}

/** Whether making `newParentId` the parent of `id` would close a loop (self, or a descendant). */
export function wouldCreateCycle(parents: ParentMap, id: string, newParentId: string): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = newParentId;
  while (current) {
    if (current === id) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parents.get(current);
  }
  return false;
}

/** 400 naming `parentId` when the move would put a record under itself or one of its descendants. */
export function assertNoCycle(parents: ParentMap, id: string, newParentId: string, what: string): void {
  if (!wouldCreateCycle(parents, id, newParentId)) return;
  const message = `would create a cycle: the new parent is this ${what} itself or one of its descendants; choose a parent outside this branch`;
  throw badRequest(`parentId ${message}.`, [{ path: "parentId", message }]);
}

/** 400 naming `parentId` for a parent that does not exist in the caller's organization. */
export function unknownParent(what: string) {
  const message = `no ${what} with this id in your organization; pick an existing ${what} or leave parentId out`;
  return badRequest(`parentId: ${message}.`, [{ path: "parentId", message }]);
}
