import { type Expression, type SqlBool, sql } from "kysely";

/**
 * A case-insensitive "contains" over one or more text columns, for `?search=`.
 * LIKE wildcards typed by the user are escaped so "100%" means the text "100%".
 */
export function containsText(columns: readonly string[], text: string): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matches = columns.map((column) => sql`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`);
  return sql<SqlBool>`(${sql.join(matches, sql` or `)})`;
}
