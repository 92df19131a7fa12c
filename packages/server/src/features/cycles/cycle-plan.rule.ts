import type { CycleCadence } from "../../db/database.js";
import { badRequest, type FieldIssue } from "../../http/http-errors.js";
import { cadenceEndDate, monthlySubPeriods, type SubPeriod } from "./cycle-dates.js";

export interface CyclePlan {
  cadence: CycleCadence;
  startDate: string;
  endDate: string;
  subPeriods: SubPeriod[];
}

function fail(issues: FieldIssue[]): never {
  const first = issues[0] as FieldIssue;
  throw badRequest(`Invalid cycle: ${first.path} ${first.message}.`, issues);
}

function subPeriodIssues(periods: readonly SubPeriod[], start: string, end: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const keys = new Set<string>();
  periods.forEach((p, i) => {
    const at = `subPeriods.${i}`;
    if (keys.has(p.key)) issues.push({ path: `${at}.key`, message: `"${p.key}" is used twice; keys must be unique` });
    keys.add(p.key);
    if (p.end < p.start) issues.push({ path: `${at}.end`, message: `must be on or after its start ${p.start}` });
    if (p.start < start || p.start > end) {
      issues.push({ path: `${at}.start`, message: `must be within the cycle (${start} to ${end})` });
    }
    if (p.end < start || p.end > end) {
      issues.push({ path: `${at}.end`, message: `must be within the cycle (${start} to ${end})` });
    }
    const previous = periods[i - 1];
    if (previous && p.start <= previous.end) {
      issues.push({ path: `${at}.start`, message: `must be after the previous sub-period's end ${previous.end}` });
    }
  });
  return issues;
}

/**
 * Resolves a cycle's dates: a fixed cadence derives its end from the start (a different end is
 * refused), a custom one needs an end; sub-periods are the given ones, checked, or months.
 */
export function planCycle(input: {
  cadence: CycleCadence;
  startDate: string;
  endDate?: string | undefined;
  subPeriods?: SubPeriod[] | undefined;
}): CyclePlan {
  let endDate: string;
  if (input.cadence === "custom") {
    if (!input.endDate) fail([{ path: "endDate", message: "is required for a custom cycle" }]);
    endDate = input.endDate;
  } else {
    endDate = cadenceEndDate(input.cadence, input.startDate);
    if (input.endDate !== undefined && input.endDate !== endDate) {
      fail([
        {
          path: "endDate",
          message: `a ${input.cadence} cycle starting ${input.startDate} ends on ${endDate}; leave endDate out or use cadence custom`,
        },
      ]);
    }
  }
  if (endDate < input.startDate)
    fail([{ path: "endDate", message: `must be on or after startDate ${input.startDate}` }]);
  const subPeriods = input.subPeriods ?? monthlySubPeriods(input.startDate, endDate);
  const issues = subPeriodIssues(subPeriods, input.startDate, endDate);
  if (issues.length > 0) fail(issues);
  return { cadence: input.cadence, startDate: input.startDate, endDate, subPeriods };
}
