/** Values per `IN (...)` list or multi-row statement: well below SQLite's and PostgreSQL's parameter limits. */
export const IN_LIST_BATCH = 500;

/** `items` cut into consecutive batches of at most `size`. */
export function inBatches<T>(items: readonly T[], size = IN_LIST_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
