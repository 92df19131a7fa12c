/**
 * Finds the cycles in a parent-linked forest (objectives, org units). Each cycle is returned
 * once, as indexes in parent order starting from its member with the lowest index.
 * Unknown parents end a chain (they are reference findings of their own).
 */
export function findParentCycles(items: { key: string; parent?: string | undefined }[]): number[][] {
  const indexByKey = new Map<string, number>();
  items.forEach((item, i) => {
    if (!indexByKey.has(item.key)) indexByKey.set(item.key, i);
  });
  // 0 = unvisited, 1 = on the chain being followed, 2 = finished.
  const state = new Uint8Array(items.length);
  const cycles: number[][] = [];
  for (let start = 0; start < items.length; start++) {
    if (state[start] !== 0) continue;
    const chain: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state[current] === 0) {
      state[current] = 1;
      chain.push(current);
      const parent: string | undefined = items[current]?.parent;
      current = parent === undefined ? undefined : indexByKey.get(parent);
    }
    if (current !== undefined && state[current] === 1) {
      const cycle = chain.slice(chain.indexOf(current));
      const lowest = cycle.indexOf(Math.min(...cycle));
      cycles.push([...cycle.slice(lowest), ...cycle.slice(0, lowest)]);
    }
    for (const index of chain) state[index] = 2;
  }
  return cycles;
}
