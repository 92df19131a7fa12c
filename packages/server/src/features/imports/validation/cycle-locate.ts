import type { SubPeriod } from "../../cycles/cycle-dates.js";
import { normaliseLabel } from "../mapping/header-match.js";
import type { ResolverCycle } from "./measurement-resolver.js";
import type { PeriodValue } from "./period-label.parse.js";

export type CycleLocation =
  | { ok: true; cycle: ResolverCycle; subPeriod: SubPeriod; date: string }
  | {
      ok: false;
      code: "outside-cycle" | "closed-cycle" | "cycle-not-open" | "period-spans-sub-periods";
      detail: string;
    };

function findSubPeriod(cycle: ResolverCycle, period: PeriodValue): SubPeriod | undefined {
  if (period.kind === "date") return cycle.subPeriods.find((p) => p.start <= period.date && period.date <= p.end);
  const label = normaliseLabel(period.label);
  return (
    cycle.subPeriods.find((p) => normaliseLabel(p.label) === label) ??
    cycle.subPeriods.find((p) => p.start <= period.start && period.end <= p.end)
  );
}

function overlaps(cycle: ResolverCycle, period: PeriodValue): boolean {
  const [start, end] = period.kind === "date" ? [period.date, period.date] : [period.start, period.end];
  return cycle.start <= end && start <= cycle.end;
}

/**
 * Places a date or period label in a review cycle's measurement sub-period. Open cycles are
 * preferred; a period found only in closed (or not yet opened) cycles is refused with the cycle
 * named, and one spanning several sub-periods (a quarter in a monthly cycle) is refused too.
 * A label's values are dated at the start of their sub-period.
 */
export function locateInCycle(cycles: readonly ResolverCycle[], period: PeriodValue): CycleLocation {
  const touching = cycles.filter((c) => overlaps(c, period));
  for (const cycle of touching.filter((c) => c.status === "open")) {
    const subPeriod = findSubPeriod(cycle, period);
    if (subPeriod) return { ok: true, cycle, subPeriod, date: period.kind === "date" ? period.date : subPeriod.start };
  }
  const open = touching.find((c) => c.status === "open");
  if (open) {
    return {
      ok: false,
      code: "period-spans-sub-periods",
      detail: `spans more than one measurement period of cycle '${open.name}' (${open.subPeriods.map((p) => p.label).join(", ")}); give one of them`,
    };
  }
  const closed = touching.find((c) => c.status === "closed");
  if (closed) return { ok: false, code: "closed-cycle", detail: `falls in cycle '${closed.name}', which is closed` };
  const draft = touching.find((c) => c.status === "draft");
  if (draft)
    return { ok: false, code: "cycle-not-open", detail: `falls in cycle '${draft.name}', which is not open yet` };
  return { ok: false, code: "outside-cycle", detail: "is not within any review cycle" };
}
