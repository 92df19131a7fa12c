/** The delimiters spreadsheet programs and business tools export with. */
export const CANDIDATE_DELIMITERS = [",", ";", "\t", "|"] as const;

const SAMPLE_RECORDS = 30;

/** Counts each candidate outside quotes, per record, over the first records of `sample`. */
function countPerRecord(sample: string, complete: boolean): Map<string, number[]> {
  const counts = new Map<string, number[]>(CANDIDATE_DELIMITERS.map((d) => [d, []]));
  let current = new Map<string, number>();
  let inQuotes = false;
  let recordHasText = false;
  let records = 0;
  const finish = () => {
    if (recordHasText) {
      for (const d of CANDIDATE_DELIMITERS) counts.get(d)!.push(current.get(d) ?? 0);
      records += 1;
    }
    current = new Map();
    recordHasText = false;
  };
  for (let i = 0; i < sample.length && records < SAMPLE_RECORDS; i += 1) {
    const ch = sample[i]!;
    if (ch === '"') {
      // A doubled quote inside a quoted field is an escaped quote, not the end of the field.
      if (inQuotes && sample[i + 1] === '"') {
        i += 1;
        continue;
      }
      inQuotes = !inQuotes;
      recordHasText = true;
      continue;
    }
    if (inQuotes) continue;
    if (ch === "\n" || ch === "\r") {
      finish();
      continue;
    }
    if (ch !== " ") recordHasText = true;
    if ((CANDIDATE_DELIMITERS as readonly string[]).includes(ch)) current.set(ch, (current.get(ch) ?? 0) + 1);
  }
  // The last record of a cut-off sample may be partial; count it only when the sample is the whole file.
  if (complete && !inQuotes) finish();
  return counts;
}

/**
 * Picks the delimiter that splits the first records into the same number of columns most
 * consistently (quotes respected, so "1,5" inside quotes does not vote for the comma). Ties go to
 * the more common delimiter; a single-column file gets ",".
 */
export function detectDelimiter(sample: string, complete = true): string {
  const counts = countPerRecord(sample, complete);
  let best = ",";
  let bestScore = 0;
  let bestColumns = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const perRecord = counts.get(delimiter)!;
    if (perRecord.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const n of perRecord) if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    for (const [columns, times] of frequency) {
      const score = times / perRecord.length;
      if (score > bestScore || (score === bestScore && columns > bestColumns)) {
        best = delimiter;
        bestScore = score;
        bestColumns = columns;
      }
    }
  }
  return best;
}
