import { beforeAll, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import { insertScoringRole } from "../measurements/measurements.factory.js";
import { createTestPerson } from "../people/people.factory.js";
import { runTestCycle } from "./history.factory.js";

interface HistoryJson {
  kpis: Record<string, { values: number[]; cycles: number; people: number }>;
}
interface VersionJson {
  findings: { rule: string; path: string; message: string; hint: string }[];
}

describeEachApp("history values", (ctx) => {
  let hr: TestClient;
  let roleId: string;
  let deals: string;
  let quality: string;
  let visits: string;
  const url = () => `/api/v1/roles/${roleId}/framework/history-values`;

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    const seeded = await insertScoringRole(ctx.database.db, ctx.admin.organizationId, [
      { reporter: "manager", aggregation: "sum", name: "Deals", weight: 60, target: 100 },
      { reporter: "manager", aggregation: "last", name: "Quality", weight: 20, target: 100 },
      { reporter: "manager", aggregation: "count", name: "Visits", weight: 20, target: 100 },
    ]);
    roleId = seeded.roleId;
    [deals, quality, visits] = seeded.keys as [string, string, string];
    const p1 = (await createTestPerson(hr, { roleId })).id;
    const p2 = (await createTestPerson(hr, { roleId })).id;
    const p3 = (await createTestPerson(hr, { roleId })).id;
    await runTestCycle(hr, "2025-07-01", {
      [p1]: {
        [deals]: [
          ["m1", 10],
          ["m2", 20],
        ],
        // Recorded out of order: "last" must mean the latest sub-period (7), not the latest write.
        [quality]: [
          ["m3", 7],
          ["m1", 5],
        ],
        [visits]: [
          ["m1", 1],
          ["m2", 1],
        ],
      },
      [p2]: { [deals]: [["m1", 40]], [quality]: [["m2", 3]], [visits]: [["m1", 1]] },
      [p3]: {
        [deals]: [
          ["m3", 25],
          ["m1", 25],
        ],
        [quality]: [["m1", 8]],
      },
    });
    await runTestCycle(hr, "2025-10-01", {
      [p1]: { [deals]: [["m1", 60]], [quality]: [["m1", 9]], [visits]: [["m3", 1]] },
      [p2]: {
        [deals]: [
          ["m1", 35],
          ["m2", 35],
        ],
        [visits]: [["m2", 1]],
      },
      [p3]: { [quality]: [["m2", 4]] },
    });
    // An open cycle is not history: its values count nowhere (visits would reach 5 values).
    await runTestCycle(hr, "2026-01-01", { [p1]: { [deals]: [["m1", 999]], [visits]: [["m1", 1]] } }, { close: false });
  });

  it("aggregates each person's values per closed cycle by the KPI's aggregation, across cycles", async () => {
    const response = await hr.request("GET", url());
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as HistoryJson;
    expect(body.kpis[deals]).toEqual({ values: [30, 40, 50, 60, 70], cycles: 2, people: 3 });
    // "last" is the latest sub-period (p1's 7 in m3), not the latest write (5 in m1).
    expect(body.kpis[quality]).toEqual({ values: [3, 4, 7, 8, 9], cycles: 2, people: 3 });
  });

  it("leaves out a KPI with fewer than 5 historical values", async () => {
    const body = (await ctx.admin.request("GET", url())).json() as HistoryJson;
    // Visits: 4 values (2, 1, 1, 1) in closed cycles.
    expect(Object.keys(body.kpis).sort()).toEqual([deals, quality].sort());
    expect(body.kpis[visits]).toBeUndefined();
  });

  it("names no person in the answer", async () => {
    const text = (await hr.request("GET", url())).body;
    expect(text).not.toMatch(/employee|person|[0-9a-f]{8}-[0-9a-f]{4}/i);
  });

  it("shows the realism finding in the framework lint when history makes the target unrealistic", async () => {
    const response = await hr.request("GET", `/api/v1/roles/${roleId}/framework/versions/1`);
    expect(response.statusCode, response.body).toBe(200);
    const realism = (response.json() as VersionJson).findings.filter((f) => f.rule === "assignment.achievable.realism");
    // Deals and quality: 0 of 5 past results reached 100. Visits has too few values to judge.
    expect(realism.map((f) => f.path)).toEqual([
      "frameworks[0].assignments[0].scoring.target",
      "frameworks[0].assignments[1].scoring.target",
    ]);
    expect(realism[0]?.message).toMatch(/looks unrealistic; 0% of 5 past results reached it/);
    expect(realism[0]?.hint).toMatch(/Consider 50/);
  });

  it("has no history and no realism finding for a role without closed cycles", async () => {
    const fresh = await insertScoringRole(ctx.database.db, ctx.admin.organizationId, [
      { reporter: "manager", weight: 100, target: 100 },
    ]);
    const history = await hr.request("GET", `/api/v1/roles/${fresh.roleId}/framework/history-values`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json()).toEqual({ kpis: {} });
    const version = await hr.request("GET", `/api/v1/roles/${fresh.roleId}/framework/versions/1`);
    const rules = (version.json() as VersionJson).findings.map((f) => f.rule);
    expect(rules).not.toContain("assignment.achievable.realism");
  });

  it("refuses managers and employees (individual results are personal data)", async () => {
    for (const role of ["manager", "employee"] as const) {
      const response = await (await signInAs(ctx, role)).request("GET", url());
      expect(response.statusCode, `${role}: ${response.body}`).toBe(403);
    }
  });

  it("answers 404 for a role of another organization or an unknown role", async () => {
    const other = await otherOrganizationAdmin(ctx);
    expect((await other.request("GET", url())).statusCode).toBe(404);
    const unknown = await hr.request(
      "GET",
      "/api/v1/roles/00000000-0000-4000-8000-000000000000/framework/history-values",
    );
    expect(unknown.statusCode).toBe(404);
  });

  it("answers 400 for a malformed role id and 401 without a session", async () => {
    const bad = await hr.request("GET", "/api/v1/roles/nope/framework/history-values");
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { issues: [{ path: "roleId" }] } });
    expect((await ctx.app.inject({ method: "GET", url: url() })).statusCode).toBe(401);
  });
});
