import { type ColumnMapping, columnMappingSchema, mappedColumns } from "./column-mapping.schema.js";
import { normaliseLabel } from "./header-match.js";

export interface MissingColumn {
  /** The mapping field that read the column, e.g. "valueColumn" or "kpiColumns.revenue". */
  field: string;
  column: string;
  message: string;
}

export interface AppliedMapping {
  /** The saved mapping with its column names rewritten to this file's spelling. */
  mapping: ColumnMapping;
  /** Columns the saved mapping reads that this file does not have. Empty means ready to use. */
  missing: MissingColumn[];
  /** Headers of this file the saved mapping does not read (perhaps a new KPI column). */
  unmapped: string[];
}

/**
 * Re-applies a mapping saved for a source to this month's file. Headers are matched after
 * folding case, accents and punctuation, so "Revenue " or "revenue" still map; columns that are
 * gone are reported (never silently dropped) so the person can fix the mapping first.
 */
export function applySavedMapping(headers: readonly string[], saved: ColumnMapping): AppliedMapping {
  const byLabel = new Map<string, string>();
  for (const header of headers) {
    if (!byLabel.has(normaliseLabel(header))) byLabel.set(normaliseLabel(header), header);
  }
  const rename = (column: string): string => byLabel.get(normaliseLabel(column)) ?? column;
  const json = JSON.parse(JSON.stringify(saved)) as Record<string, unknown>;
  for (const [key, value] of Object.entries(json)) {
    if (key.endsWith("Column") && typeof value === "string") json[key] = rename(value);
  }
  if (Array.isArray(json.kpiColumns)) {
    json.kpiColumns = (json.kpiColumns as Record<string, unknown>[]).map((k) => ({
      ...k,
      column: rename(String(k.column)),
      ...(typeof k.commentColumn === "string" ? { commentColumn: rename(k.commentColumn) } : {}),
    }));
  }
  const mapping = columnMappingSchema.parse(json);
  const present = new Set(headers);
  const used = mappedColumns(mapping);
  const missing = used
    .filter((u) => !present.has(u.column))
    .map((u) => ({ ...u, message: `The column "${u.column}" used by the saved mapping is not in this file.` }));
  const usedColumns = new Set(used.map((u) => u.column));
  return { mapping, missing, unmapped: headers.filter((h) => !usedColumns.has(h)) };
}
