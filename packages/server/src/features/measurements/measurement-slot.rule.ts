import type { SubPeriod } from "../cycles/cycle-dates.js";

/** Where a value belongs: a sub-period, and a date inside it or "" for the whole sub-period. */
export interface Slot {
  period: string;
  measuredOn: string;
}

export type SlotResult = { ok: true; slot: Slot } | { ok: false; path: "period" | "date"; message: string };

/**
 * Resolves `period` and/or `date` against the cycle and the scorecard's validity. A date must lie
 * inside both and inside a sub-period; a period must be one of the cycle's sub-periods and overlap
 * the validity; given both, the date must fall in that period.
 */
export function resolveSlot(
  input: { period?: string | undefined; date?: string | undefined },
  cycle: { start: string; end: string; subPeriods: readonly SubPeriod[] },
  validity: { from: string; to: string },
): SlotResult {
  const keys = cycle.subPeriods.map((p) => p.key).join(", ") || "(none)";
  if (input.date !== undefined) {
    const date = input.date;
    if (date < cycle.start || date > cycle.end) {
      return { ok: false, path: "date", message: `${date} is outside the cycle (${cycle.start} to ${cycle.end})` };
    }
    if (date < validity.from || date > validity.to) {
      return {
        ok: false,
        path: "date",
        message: `${date} is outside this scorecard's validity (${validity.from} to ${validity.to})`,
      };
    }
    const containing = cycle.subPeriods.find((p) => p.start <= date && date <= p.end);
    if (!containing) return { ok: false, path: "date", message: `${date} falls in none of the cycle's sub-periods` };
    if (input.period !== undefined && input.period !== containing.key) {
      return {
        ok: false,
        path: "period",
        message: `${date} is in sub-period ${containing.key}, not ${input.period}; send one of them or make them agree`,
      };
    }
    return { ok: true, slot: { period: containing.key, measuredOn: date } };
  }
  if (input.period === undefined) {
    return { ok: false, path: "period", message: "give period (a sub-period key) or date (YYYY-MM-DD)" };
  }
  const period = cycle.subPeriods.find((p) => p.key === input.period);
  if (!period)
    return {
      ok: false,
      path: "period",
      message: `"${input.period}" is not a sub-period of the cycle; use one of: ${keys}`,
    };
  if (period.end < validity.from || period.start > validity.to) {
    return {
      ok: false,
      path: "period",
      message: `${period.key} (${period.start} to ${period.end}) is outside this scorecard's validity (${validity.from} to ${validity.to})`,
    };
  }
  return { ok: true, slot: { period: period.key, measuredOn: "" } };
}

/** One key per measurement slot (scorecard × KPI × period × date), for maps of current values. */
export function slotKey(scorecardId: string, kpi: string, period: string, measuredOn: string): string {
  return `${scorecardId}\u0000${kpi}\u0000${period}\u0000${measuredOn}`;
}
