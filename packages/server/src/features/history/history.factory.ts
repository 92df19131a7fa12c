import { expect } from "vitest";
import type { TestClient } from "../../test/test-app.js";
import { openTestCycle, scorecardsOf } from "../people/people.factory.js";

/** Values of one person in one cycle: KPI key → [period, value][] (recorded in this order). */
export type CycleValues = Record<string, Record<string, [string, number][]>>;

/**
 * A quarterly cycle opened through the API, the given values recorded on each person's
 * scorecard, then closed (unless `close` is false). Returns the cycle id.
 */
export async function runTestCycle(
  hr: TestClient,
  startDate: string,
  values: CycleValues,
  options: { close?: boolean } = {},
): Promise<string> {
  const cycleId = (await openTestCycle(hr, { cadence: "quarterly", startDate })).cycle.id;
  for (const [employeeId, byKpi] of Object.entries(values)) {
    const card = (await scorecardsOf(hr, employeeId, cycleId))[0]?.id;
    expect(card, `scorecard of ${employeeId}`).toBeDefined();
    for (const [kpi, entries] of Object.entries(byKpi)) {
      for (const [period, value] of entries) {
        const response = await hr.request("POST", `/api/v1/scorecards/${card}/measurements`, { kpi, value, period });
        expect(response.statusCode, response.body).toBe(201);
      }
    }
  }
  if (options.close !== false) {
    const closed = await hr.request("POST", `/api/v1/cycles/${cycleId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
  }
  return cycleId;
}
