import type { Cadence, SubPeriod } from "./cycle.types.js";

// The server decides the real dates; this mirrors its rules so the form can preview them.

const MONTHS: Record<Exclude<Cadence, "custom">, number> = { quarterly: 3, "half-yearly": 6, yearly: 12 };
const MONTH_LABELS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const parse = (date: string) => new Date(`${date}T00:00:00.000Z`);
const format = (date: Date) => date.toISOString().slice(0, 10);

/** Today in the browser's time zone, as YYYY-MM-DD (what a person means by "today"). */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Whether `date` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && format(parse(date)) === date;
}

function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** `date` plus `months`; a day missing in the target month becomes its last day (Jan 31 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return format(target);
}

/** The last day of a cycle: derived from the cadence, or the given end for a custom cycle. */
export function cycleEndDate(cadence: Cadence, start: string, customEnd?: string): string | undefined {
  if (!isIsoDate(start)) return undefined;
  if (cadence === "custom") return customEnd && isIsoDate(customEnd) ? customEnd : undefined;
  return addDays(addMonths(start, MONTHS[cadence]), -1);
}

/** Month-long sub-periods from `start`, the last one cut at `end` (the server's default). */
export function monthlySubPeriods(start: string, end: string): SubPeriod[] {
  const periods: SubPeriod[] = [];
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) return periods;
  for (let i = 0; i < 120; i += 1) {
    const periodStart = addMonths(start, i);
    if (periodStart > end) break;
    const natural = addDays(addMonths(start, i + 1), -1);
    const d = parse(periodStart);
    periods.push({
      key: `m${i + 1}`,
      label: `${MONTH_LABELS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
      start: periodStart,
      end: natural < end ? natural : end,
    });
  }
  return periods;
}

/** The sub-period containing `date`, else the last one that started before it, else the first. */
export function subPeriodAt(periods: readonly SubPeriod[], date: string): SubPeriod | undefined {
  const inside = periods.find((p) => p.start <= date && date <= p.end);
  if (inside) return inside;
  const started = periods.filter((p) => p.start <= date);
  return started[started.length - 1] ?? periods[0];
}
