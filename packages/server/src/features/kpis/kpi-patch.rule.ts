import type { Kpi } from "@yardstick/core";
import type { UpdateKpiInput } from "./kpis.schemas.js";

/**
 * The KPI after a PATCH: a field left out keeps its value, null clears an optional field.
 * Merging in the model's shape keeps the column/details split in one place (the repository).
 */
export function applyKpiPatch(current: Kpi, patch: UpdateKpiInput): Kpi {
  const next: Kpi = { ...current };
  const { key: _immutable, ...changes } = patch;
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    // Object.entries loses the per-field types; every value here was validated for its field.
    const target = next as Record<string, unknown>;
    if (value === null) delete target[field];
    else target[field] = value;
  }
  return next;
}
