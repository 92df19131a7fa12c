import { z } from "zod";
import type { Row } from "../../db/database.js";
import type { SubPeriod } from "./cycle-dates.js";
import type { CycleResponse } from "./cycles.schemas.js";

const storedSubPeriods = z.array(z.object({ key: z.string(), label: z.string(), start: z.string(), end: z.string() }));

/** Stored sub-periods; they were validated on write, so a damaged value reads as none rather than a 500. */
export function parseSubPeriods(json: string): SubPeriod[] {
  try {
    const parsed = storedSubPeriods.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function presentCycle(row: Row<"review_cycles">): CycleResponse {
  return {
    id: row.id,
    name: row.name,
    cadence: row.cadence,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status,
    subPeriods: parseSubPeriods(row.sub_periods),
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
