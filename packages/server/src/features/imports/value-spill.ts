import type { BulkMeasurement } from "../measurements/measurements.bulk.js";

/**
 * The validated values of a commit wait in a temporary file between the two passes, one line each:
 * row, scorecard id, KPI key, sub-period key, date, value and comment, tab-separated. Ids, keys and
 * dates never hold a tab or a line break (they come from the database or from ISO dates); the
 * comment is free text, so it is written as JSON ("" for none). Much lighter to write and read back
 * than a JSON object per value.
 */
export function spillLine(m: BulkMeasurement): string {
  const comment = m.comment === null ? "" : JSON.stringify(m.comment);
  return `${m.row}\t${m.scorecardId}\t${m.kpi}\t${m.period}\t${m.measuredOn}\t${m.value}\t${comment}\n`;
}

/** Reads back one line written by spillLine. */
export function readSpillLine(line: string): BulkMeasurement {
  const fields = line.split("\t");
  if (fields.length !== 7) throw new Error(`unreadable spilled value: ${line.slice(0, 80)}`);
  const [row, scorecardId, kpi, period, measuredOn, value, comment] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    row: Number(row),
    scorecardId,
    kpi,
    period,
    measuredOn,
    value: Number(value),
    comment: comment === "" ? null : (JSON.parse(comment) as string),
  };
}
