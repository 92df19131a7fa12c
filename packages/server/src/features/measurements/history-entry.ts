import type { NewRow } from "../../db/database.js";
import { newId } from "../../db/executor.js";

/** The history row that keeps a slot's current value when a correction replaces it. */
export function historyEntryFor(
  current: NewRow<"measurements">,
  supersededAt: string,
  supersededBy: string | null,
): NewRow<"measurement_history"> {
  return {
    id: newId(),
    organization_id: current.organization_id,
    measurement_id: current.id,
    scorecard_id: current.scorecard_id,
    kpi_key: current.kpi_key,
    period: current.period,
    measured_on: current.measured_on ?? "",
    value: current.value,
    source: current.source,
    author_id: current.author_id ?? null,
    comment: current.comment ?? null,
    recorded_at: current.recorded_at,
    superseded_at: supersededAt,
    superseded_by: supersededBy,
  };
}
