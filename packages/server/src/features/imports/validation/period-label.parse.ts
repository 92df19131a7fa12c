import { normaliseLabel } from "../mapping/header-match.js";
import { type DayOrder, parseDateCell } from "./date-cell.parse.js";

/** What a period cell denotes: one day, or a span (a month, a quarter, an ISO week) with its label. */
export type PeriodValue = { kind: "date"; date: string } | { kind: "span"; start: string; end: string; label: string };

export type PeriodParse = { ok: true; period: PeriodValue } | { ok: false; ambiguous?: boolean };

const MONTHS = [
  ["jan", "january", "januar", "janvier"],
  ["feb", "february", "februar", "fevrier"],
  ["mar", "march", "marz", "mars"],
  ["apr", "april", "avril"],
  ["may", "mai"],
  ["jun", "june", "juni", "juin"],
  ["jul", "july", "juli", "juillet"],
  ["aug", "august", "aout"],
  ["sep", "sept", "september", "septembre"],
  ["oct", "october", "oktober", "okt", "octobre"],
  ["nov", "november", "novembre"],
  ["dec", "december", "dezember", "dez", "decembre"],
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function monthSpan(year: number, month: number, label: string): PeriodValue | null {
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { kind: "span", start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}`, label };
}

function quarterSpan(year: number, quarter: number, label: string): PeriodValue | null {
  if (quarter < 1 || quarter > 4) return null;
  const first = monthSpan(year, quarter * 3 - 2, label);
  const last = monthSpan(year, quarter * 3, label);
  if (!first || !last || first.kind !== "span" || last.kind !== "span") return null;
  return { kind: "span", start: first.start, end: last.end, label };
}

function isoWeekSpan(year: number, week: number, label: string): PeriodValue | null {
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { kind: "span", start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10), label };
}

function monthNumber(word: string): number | null {
  const index = MONTHS.findIndex((names) => names.includes(word));
  return index < 0 ? null : index + 1;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * Reads a period cell: a date (see parseDateCell) or a label for a span — "2026-03", "03/2026",
 * "Mar 2026", "March-26", "2026-M03", "Q1 2026", "2026-Q1", "2026-W10".
 */
export function parsePeriodCell(raw: string, order: DayOrder): PeriodParse {
  const text = raw.trim();
  const date = parseDateCell(text, order);
  if (date.ok) return { ok: true, period: { kind: "date", date: date.date } };
  if (date.ambiguous) return { ok: false, ambiguous: true };
  const label = normaliseLabel(text);
  const readers: ((l: string) => PeriodValue | null)[] = [
    (l) => {
      const m = /^(\d{4}) m? ?(\d{1,2})$/.exec(l) ?? /^(\d{4})(\d{2})$/.exec(l);
      return m ? monthSpan(Number(m[1]), Number(m[2]), text) : null;
    },
    (l) => {
      const m = /^(\d{1,2}) (\d{4})$/.exec(l);
      return m ? monthSpan(Number(m[2]), Number(m[1]), text) : null;
    },
    (l) => {
      const m = /^([a-z]+) (\d{4}|\d{2})$/.exec(l);
      const month = m ? monthNumber(m[1]!) : null;
      return m && month ? monthSpan(fullYear(m[2]!), month, text) : null;
    },
    (l) => {
      const m = /^(\d{4}) ([a-z]+)$/.exec(l);
      const month = m ? monthNumber(m[2]!) : null;
      return m && month ? monthSpan(Number(m[1]), month, text) : null;
    },
    (l) => {
      const m = /^q ?([1-4]) (\d{4})$/.exec(l);
      const n = /^(\d{4}) q ?([1-4])$/.exec(l);
      if (m) return quarterSpan(Number(m[2]), Number(m[1]), text);
      return n ? quarterSpan(Number(n[1]), Number(n[2]), text) : null;
    },
    (l) => {
      const m = /^(\d{4}) w ?(\d{1,2})$/.exec(l);
      return m ? isoWeekSpan(Number(m[1]), Number(m[2]), text) : null;
    },
  ];
  let span: PeriodValue | null = null;
  for (const read of readers) {
    span = read(label);
    if (span) break;
  }
  return span ? { ok: true, period: span } : { ok: false };
}
