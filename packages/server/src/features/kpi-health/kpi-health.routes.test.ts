import { beforeAll, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import { runTestCycle } from "../history/history.factory.js";
import { createTestPerson } from "../people/people.factory.js";
import { insertHealthRole, insertTestObjective } from "./kpi-health.factory.js";
import type { KpiHealthResponse } from "./kpi-health.schemas.js";

describeEachApp("kpi health", (ctx) => {
  let hr: TestClient;
  let closedCycle: string;
  let openCycle: string;
  let keys: { easy: string; hard: string; empty: string; orphan: string; fine: string; lone: string };

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    const db = ctx.database.db;
    const org = ctx.admin.organizationId;
    const live = await insertTestObjective(db, org);
    const archived = await insertTestObjective(db, org, { archived: true });
    const sales = await insertHealthRole(db, org, "Account Executive", [
      { name: "Easy", target: 10, objectives: [live] },
      { name: "Hard", target: 1000, objectives: [live] },
      { name: "Empty", target: 100, objectives: [live] },
      { name: "Orphan", target: 100, objectives: [archived, "gone"] },
      { name: "Fine", target: 100, objectives: [live, archived] },
    ]);
    const support = await insertHealthRole(db, org, "Support Agent", [{ name: "Lone", target: 5, objectives: [] }]);
    const [easy, hard, empty, orphan, fine] = sales.keys as [string, string, string, string, string];
    keys = { easy, hard, empty, orphan, fine, lone: support.keys[0] as string };
    const p1 = (await createTestPerson(hr, { roleId: sales.roleId })).id;
    const p2 = (await createTestPerson(hr, { roleId: sales.roleId })).id;
    const agent = (await createTestPerson(hr, { roleId: support.roleId })).id;
    closedCycle = await runTestCycle(hr, "2025-07-01", {
      [p1]: { [easy]: [["m1", 20]], [hard]: [["m1", 5]], [orphan]: [["m1", 50]], [fine]: [["m1", 50]] },
      [p2]: { [easy]: [["m2", 10]], [hard]: [["m2", 10]], [orphan]: [["m1", 150]], [fine]: [["m2", 150]] },
      [agent]: { [support.keys[0] as string]: [["m1", 5]] },
    });
    openCycle = await runTestCycle(hr, "2025-10-01", { [p1]: { [easy]: [["m1", 1]] } }, { close: false });
  });

  const report = async (client: TestClient, cycleId: string) => {
    const response = await client.request("GET", `/api/v1/cycles/${cycleId}/kpi-health`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as KpiHealthResponse;
  };

  it("flags each kind with counts and a recommendation, per role", async () => {
    const body = await report(hr, closedCycle);
    expect(body.final).toBe(true);
    expect(body.cycle).toMatchObject({ id: closedCycle, status: "closed" });
    expect(body.roles.map((r) => [r.roleTitle, r.scorecards, r.flagged])).toEqual([
      ["Account Executive", 2, 4],
      ["Support Agent", 1, 1],
    ]);
    const sales = body.roles[0]?.kpis ?? [];
    const byKey = new Map(sales.map((k) => [k.kpi, k]));
    const kinds = (key: string) => byKey.get(key)?.findings.map((f) => f.kind);
    expect(kinds(keys.easy)).toEqual(["too-easy"]);
    expect(byKey.get(keys.easy)?.counts).toEqual({ scorecards: 2, withValue: 2, scored: 2, reached: 2 });
    expect(byKey.get(keys.easy)?.reachShare).toBe(1);
    expect(kinds(keys.hard)).toEqual(["unrealistic"]);
    expect(byKey.get(keys.hard)?.counts.reached).toBe(0);
    expect(kinds(keys.empty)).toEqual(["no-data"]);
    expect(byKey.get(keys.empty)?.counts).toEqual({ scorecards: 2, withValue: 0, scored: 0, reached: 0 });
    expect(kinds(keys.orphan)).toEqual(["orphaned"]);
    expect(byKey.get(keys.orphan)?.reachShare).toBe(0.5);
    expect(byKey.get(keys.fine)).toMatchObject({ status: "ok", findings: [], reachShare: 0.5 });
    expect(sales.map((k) => k.name)).toEqual(["Easy", "Hard", "Empty", "Orphan", "Fine"]);
    for (const finding of sales.flatMap((k) => k.findings)) expect(finding.recommendation).toMatch(/next version/);
    // Support: everyone reached 5, and no objective at all.
    expect(body.roles[1]?.kpis[0]?.findings.map((f) => f.kind)).toEqual(["too-easy", "orphaned"]);
    expect(body.summary).toEqual({
      kpis: 6,
      ok: 1,
      flagged: 5,
      byKind: { "too-easy": 2, unrealistic: 1, "no-data": 1, orphaned: 2 },
    });
  });

  it("reports an open cycle so far", async () => {
    const body = await report(ctx.admin, openCycle);
    expect(body.final).toBe(false);
    expect(body.cycle.status).toBe("open");
    const sales = body.roles.find((r) => r.roleTitle === "Account Executive");
    const easy = sales?.kpis.find((k) => k.kpi === keys.easy);
    expect(easy?.counts).toEqual({ scorecards: 2, withValue: 1, scored: 1, reached: 0 });
    expect(easy?.findings.map((f) => f.kind)).toEqual(["unrealistic"]);
  });

  it("refuses managers and employees", async () => {
    for (const role of ["manager", "employee"] as const) {
      const response = await (await signInAs(ctx, role)).request("GET", `/api/v1/cycles/${closedCycle}/kpi-health`);
      expect(response.statusCode, `${role}: ${response.body}`).toBe(403);
    }
  });

  it("answers 404 for another organization's cycle or an unknown one", async () => {
    const other = await otherOrganizationAdmin(ctx);
    expect((await other.request("GET", `/api/v1/cycles/${closedCycle}/kpi-health`)).statusCode).toBe(404);
    const unknown = await hr.request("GET", "/api/v1/cycles/00000000-0000-4000-8000-000000000000/kpi-health");
    expect(unknown.statusCode).toBe(404);
  });

  it("answers 400 for a malformed id and 401 without a session", async () => {
    const bad = await hr.request("GET", "/api/v1/cycles/not-an-id/kpi-health");
    expect(bad.statusCode).toBe(400);
    const anonymous = await ctx.app.inject({ method: "GET", url: `/api/v1/cycles/${closedCycle}/kpi-health` });
    expect(anonymous.statusCode).toBe(401);
  });
});
