let counter = 0;
const runTag = Date.now().toString(36).slice(-4);

/**
 * A suffix that keeps records of different tests apart in the one shared test instance
 * (specs run against the same database, so names and keys must not collide).
 */
export function uniqueSuffix(): string {
  counter += 1;
  return `${runTag}${counter}`;
}

/** A record key (lowercase, digits, '-') derived from a label and a unique suffix. */
export function uniqueKey(label: string): string {
  const base = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base}-${uniqueSuffix()}`;
}
