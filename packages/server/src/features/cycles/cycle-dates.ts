import type { CycleCadence } from "../../db/database.js";

/** One measurement sub-period of a review cycle, inclusive ISO dates. */
export interface SubPeriod {
  key: string;
  label: string;
  start: string;
  end: string;
}

const MONTHS_PER_CADENCE: Record<Exclude<CycleCadence, "custom">, number> = {
  quarterly: 3,
  "half-yearly": 6,
  yearly: 12,
};

const MONTH_LABELS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parseDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` plus `days` (may be negative), as an ISO date. */
export function addDays(date: string, days: number): string {
  const d = parseDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatDate(d);
}

/** `date` plus `months`; a day that does not exist in the target month becomes its last day (Jan 31 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const d = parseDate(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return formatDate(target);
}

/** The last day of a cycle of `cadence` that starts on `start` (custom cycles have no derived end). */
export function cadenceEndDate(cadence: Exclude<CycleCadence, "custom">, start: string): string {
  return addDays(addMonths(start, MONTHS_PER_CADENCE[cadence]), -1);
}

/** Month-long sub-periods from `start`, the last one cut at `end`. Keys are "m1", "m2", ... */
export function monthlySubPeriods(start: string, end: string): SubPeriod[] {
  const periods: SubPeriod[] = [];
  for (let i = 0; ; i += 1) {
    const periodStart = addMonths(start, i);
    if (periodStart > end) break;
    const natural = addDays(addMonths(start, i + 1), -1);
    const periodEnd = natural < end ? natural : end;
    const d = parseDate(periodStart);
    periods.push({
      key: `m${i + 1}`,
      label: `${MONTH_LABELS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
      start: periodStart,
      end: periodEnd,
    });
  }
  return periods;
}

/** Whether `date` is a real calendar date in ISO form (rejects 2026-02-30). */
export function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && formatDate(parseDate(date)) === date;
}

/** The earlier / later of two ISO dates. */
export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** Today as an ISO date (UTC). */
export const today = (): string => new Date().toISOString().slice(0, 10);
