const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

type Segment = string | number;

function segments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const match of path.matchAll(SEGMENT))
    out.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string));
  return out;
}

/**
 * Orders document paths so that `kpis[2]` comes before `kpis[10]` and a parent before its
 * children: segment by segment, indexes numerically, names alphabetically.
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const left = segments(a);
  const right = segments(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const l = left[i] as Segment;
    const r = right[i] as Segment;
    if (l === r) continue;
    if (typeof l === "number" && typeof r === "number") return l - r;
    if (typeof l === "number") return -1;
    if (typeof r === "number") return 1;
    return l < r ? -1 : 1;
  }
  return left.length - right.length;
}
