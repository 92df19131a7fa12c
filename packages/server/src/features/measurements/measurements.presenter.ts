import type { CurrentRow, HistoryRow } from "./measurements.repository.js";
import type { HistoryEntryJson, MeasurementJson } from "./measurements.schemas.js";

export function presentMeasurement(row: CurrentRow): MeasurementJson {
  return {
    id: row.id,
    scorecardId: row.scorecard_id,
    kpi: row.kpi_key,
    period: row.period,
    date: row.measured_on === "" ? null : row.measured_on,
    value: Number(row.value),
    source: row.source,
    authorId: row.author_id,
    authorName: row.author_name,
    comment: row.comment,
    recordedAt: row.recorded_at,
  };
}

export function presentHistoryEntry(row: HistoryRow): HistoryEntryJson {
  return {
    id: row.id,
    scorecardId: row.scorecard_id,
    kpi: row.kpi_key,
    period: row.period,
    date: row.measured_on === "" ? null : row.measured_on,
    value: Number(row.value),
    source: row.source,
    authorId: row.author_id,
    authorName: row.author_name,
    comment: row.comment,
    recordedAt: row.recorded_at,
    supersededAt: row.superseded_at,
    supersededById: row.superseded_by,
  };
}
