import { beforeAll, describe, expect, it } from "vitest";
import { describeEachApp, signInAs, type TestClient } from "../../test/test-app.js";
import { insertScoringRole } from "../measurements/measurements.factory.js";
import { createTestPerson, insertTestOrgUnit, openTestCycle, scorecardsOf } from "../people/people.factory.js";

interface ScoreJson {
  scorecardId: string;
  overall: number | null;
  rating: { value: number; label: string } | null;
  missingData: string;
  sections: { key: string; score: number | null }[];
  kpis: {
    kpi: string;
    name: string;
    value: number | null;
    target: number | null;
    score: number | null;
    weight: number;
    effectiveWeight: number;
    explanation: string[];
  }[];
  explanation: string[];
  computedAt: string;
}
interface TrendJson {
  kpis: {
    kpi: string;
    periods: { period: string; value: number | null; score: number | null }[];
    pastCycles: { cycleId: string; score: number | null }[];
  }[];
  overall: { current: number | null; pastCycles: { cycleId: string; overall: number | null }[] };
}
interface OverviewJson {
  managerEmployeeId: string;
  kpis: { kpi: string }[];
  items: {
    employeeId: string;
    direct: boolean;
    scorecardId: string | null;
    overall: number | null;
    kpis: { kpi: string; score: number | null }[];
  }[];
}
interface RollupJson {
  groups: { key: string | null; name: string; scorecards: number; scored: number; averageOverall: number | null }[];
}
interface ErrorJson {
  error: { issues?: { path: string }[] };
}

describeEachApp("scores", (ctx) => {
  let hr: TestClient;
  let boss: TestClient;
  let lead: TestClient;
  let worker: TestClient;
  let outsider: TestClient;
  let keys: string[];
  let ids: { boss: string; lead: string; worker: string; outsider: string; unitA: string; unitB: string };
  let pastCycle: string;
  let cycleId: string;
  let cards: { lead: string; worker: string; outsider: string };

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    boss = await signInAs(ctx, "manager");
    lead = await signInAs(ctx, "manager");
    worker = await signInAs(ctx, "employee");
    outsider = await signInAs(ctx, "employee");
    const db = ctx.database.db;
    const org = ctx.admin.organizationId;
    const seeded = await insertScoringRole(db, org, [
      { reporter: "employee", aggregation: "sum", name: "Deals", weight: 60 },
      { reporter: "manager", aggregation: "last", name: "Quality", weight: 40 },
    ]);
    keys = seeded.keys;
    const unitA = await insertTestOrgUnit(db, org);
    const unitB = await insertTestOrgUnit(db, org);
    const roleId = seeded.roleId;
    const b = await createTestPerson(hr, { roleId, userId: boss.userId, orgUnitId: unitA });
    const l = await createTestPerson(hr, { roleId, userId: lead.userId, managerId: b.id, orgUnitId: unitA });
    const w = await createTestPerson(hr, { roleId, userId: worker.userId, managerId: l.id, orgUnitId: unitB });
    const o = await createTestPerson(hr, { roleId, userId: outsider.userId, orgUnitId: unitB });
    ids = { boss: b.id, lead: l.id, worker: w.id, outsider: o.id, unitA, unitB };
    pastCycle = (await openTestCycle(hr, { cadence: "quarterly", startDate: "2025-10-01" })).cycle.id;
    const pastCard = (await scorecardsOf(hr, w.id, pastCycle))[0]?.id as string;
    await hr.request("POST", `/api/v1/scorecards/${pastCard}/measurements`, { kpi: keys[0], value: 80, period: "m1" });
    await hr.request("POST", `/api/v1/cycles/${pastCycle}/close`);
    cycleId = (await openTestCycle(hr, { cadence: "quarterly", startDate: "2026-01-01" })).cycle.id;
    cards = {
      lead: (await scorecardsOf(hr, l.id, cycleId))[0]?.id as string,
      worker: (await scorecardsOf(hr, w.id, cycleId))[0]?.id as string,
      outsider: (await scorecardsOf(hr, o.id, cycleId))[0]?.id as string,
    };
    const record = (card: string, kpi: string | undefined, value: number, period: string) =>
      hr.request("POST", `/api/v1/scorecards/${card}/measurements`, { kpi, value, period });
    await record(cards.worker, keys[0], 30, "m1");
    await record(cards.worker, keys[0], 20, "m2");
    await record(cards.worker, keys[1], 90, "m2");
    await record(cards.lead, keys[0], 100, "m1");
    await record(cards.outsider, keys[0], 10, "m1");
  });

  const score = async (client: TestClient, id: string) => client.request("GET", `/api/v1/scorecards/${id}/score`);

  it("scores each KPI, rolls up by weights and rates, with every step explained", async () => {
    const response = await score(worker, cards.worker);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as ScoreJson;
    expect(body.kpis.map((k) => [k.kpi, k.value, k.score, k.target, k.weight])).toEqual([
      [keys[0], 50, 0.5, 100, 60],
      [keys[1], 90, 0.9, 100, 40],
    ]);
    expect(body.overall).toBeCloseTo(0.5 * 0.6 + 0.9 * 0.4);
    expect(body.rating).toEqual({ value: 1, label: "Below expectations" });
    const deals = body.kpis[0]?.explanation.join("\n") ?? "";
    expect(deals).toMatch(/Aggregation: sum of the cycle's 2 values/);
    expect(deals).toMatch(/Method: linear \(baseline 0, target 100\)/);
    expect(deals).toMatch(/clamped to \[0, 1\.2\]/);
    expect(deals).toMatch(/Weight: 60%/);
    const overall = body.explanation.join("\n");
    expect(overall).toMatch(/by weight \(missing data: exclude\)/);
    expect(overall).toMatch(/rating 1 \(Below expectations\)/);
  });

  it("embeds the same score in GET /scorecards/:id", async () => {
    const detail = await worker.request("GET", `/api/v1/scorecards/${cards.worker}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const embedded = (detail.json() as { score: ScoreJson }).score;
    expect(embedded).toEqual((await score(worker, cards.worker)).json());
    expect(embedded.overall).toBeCloseTo(0.66);
  });

  it("re-normalises the weights of KPIs without data and says so", async () => {
    const body = (await score(hr, cards.lead)).json() as ScoreJson;
    expect(body.overall).toBeCloseTo(1);
    expect(body.kpis.map((k) => k.effectiveWeight)).toEqual([100, 0]);
    expect(body.explanation.join("\n")).toMatch(/excluded 1 KPI without data \(Quality\)/i);
  });

  it("follows a target override and a rating-scale change without any new measurement", async () => {
    const before = (await score(hr, cards.outsider)).json() as ScoreJson;
    expect(before.overall).toBeCloseTo(0.1);
    const override = await hr.request("POST", `/api/v1/scorecards/${cards.outsider}/overrides`, {
      kpi: keys[0],
      scoring: { method: "linear", baseline: 0, target: 10 },
      reason: "New joiner",
    });
    expect(override.statusCode, override.body).toBe(201);
    const after = (await score(hr, cards.outsider)).json() as ScoreJson;
    expect(after.overall).toBeCloseTo(1);
    expect(after.rating?.value).toBe(3);
    const scale = await ctx.admin.request("PUT", "/api/v1/settings", {
      disabledRules: [],
      ratingScale: [
        { from: 0, rating: 1, label: "Low" },
        { from: 0.95, rating: 2, label: "High" },
      ],
    });
    expect(scale.statusCode, scale.body).toBe(200);
    expect(((await score(hr, cards.outsider)).json() as ScoreJson).rating).toEqual({ value: 2, label: "High" });
    await ctx.admin.request("PUT", "/api/v1/settings", {
      disabledRules: [],
      ratingScale: [
        { from: 0, rating: 1, label: "Below expectations" },
        { from: 0.7, rating: 2, label: "Partially meets expectations" },
        { from: 0.9, rating: 3, label: "Meets expectations" },
        { from: 1.1, rating: 4, label: "Exceeds expectations" },
        { from: 1.25, rating: 5, label: "Outstanding" },
      ],
    });
  });

  it("embeds nothing it may not show: 404 for scorecards out of sight, 400 for a malformed id, 401 anonymous", async () => {
    expect((await score(outsider, cards.worker)).statusCode).toBe(404);
    expect((await score(worker, cards.lead)).statusCode).toBe(404);
    expect((await score(boss, cards.worker)).statusCode).toBe(200);
    expect((await score(hr, "00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await score(hr, "nope")).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: "GET", url: `/api/v1/scorecards/${cards.worker}/score` })).statusCode).toBe(
      401,
    );
  });

  it("trends each KPI per sub-period and over the person's earlier cycles", async () => {
    const response = await worker.request("GET", `/api/v1/scorecards/${cards.worker}/trend`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as TrendJson;
    const deals = body.kpis.find((k) => k.kpi === keys[0]);
    expect(deals?.periods.map((p) => [p.period, p.value, p.score])).toEqual([
      ["m1", 30, 0.3],
      ["m2", 20, 0.2],
      ["m3", null, null],
    ]);
    expect(deals?.pastCycles).toEqual([expect.objectContaining({ cycleId: pastCycle, score: 0.8 })]);
    expect(body.overall.pastCycles).toEqual([expect.objectContaining({ cycleId: pastCycle, overall: 0.8 })]);
    expect(body.overall.current).toBeCloseTo(0.66);
    expect((await outsider.request("GET", `/api/v1/scorecards/${cards.worker}/trend`)).statusCode).toBe(404);
  });

  describe("team overview", () => {
    const overview = (client: TestClient, query: string) => client.request("GET", `/api/v1/teams/overview?${query}`);

    it("shows a manager's direct and indirect reports × KPI scores", async () => {
      const response = await overview(boss, `cycleId=${cycleId}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as OverviewJson;
      expect(body.managerEmployeeId).toBe(ids.boss);
      expect(body.kpis.map((k) => k.kpi)).toEqual(keys);
      const rows = Object.fromEntries(body.items.map((i) => [i.employeeId, i]));
      expect(Object.keys(rows).sort()).toEqual([ids.lead, ids.worker].sort());
      expect(rows[ids.lead]?.direct).toBe(true);
      expect(rows[ids.worker]?.direct).toBe(false);
      expect(rows[ids.worker]?.overall).toBeCloseTo(0.66);
      expect(rows[ids.worker]?.kpis.map((k) => k.score)).toEqual([0.5, 0.9]);
    });

    it("lets hr look at any manager, and refuses managers out of the caller's sight", async () => {
      const byHr = await overview(hr, `cycleId=${cycleId}&managerEmployeeId=${ids.lead}`);
      expect(byHr.statusCode).toBe(200);
      expect((byHr.json() as OverviewJson).items.map((i) => i.employeeId)).toEqual([ids.worker]);
      expect((await overview(lead, `cycleId=${cycleId}&managerEmployeeId=${ids.boss}`)).statusCode).toBe(404);
      const employeeView = await overview(worker, `cycleId=${cycleId}`);
      expect(employeeView.statusCode).toBe(200);
      expect((employeeView.json() as OverviewJson).items).toEqual([]);
    });

    it("needs managerEmployeeId from a caller without an employee record, a known cycle and UUIDs", async () => {
      const missing = await overview(hr, `cycleId=${cycleId}`);
      expect(missing.statusCode).toBe(400);
      expect((missing.json() as ErrorJson).error.issues?.[0]?.path).toBe("managerEmployeeId");
      expect(
        (await overview(hr, "cycleId=00000000-0000-4000-8000-000000000000&managerEmployeeId=" + ids.boss)).statusCode,
      ).toBe(404);
      expect((await overview(hr, "cycleId=nope")).statusCode).toBe(400);
      expect((await overview(hr, "")).statusCode).toBe(400);
      expect(
        (await ctx.app.inject({ method: "GET", url: `/api/v1/teams/overview?cycleId=${cycleId}` })).statusCode,
      ).toBe(401);
    });
  });

  describe("roll-ups", () => {
    const rollup = async (client: TestClient, by: string) => {
      const response = await client.request("GET", `/api/v1/rollups?cycleId=${cycleId}&by=${by}`);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as RollupJson).groups;
    };

    it("averages the overall score per organization, org unit and team with counts", async () => {
      const [organization] = await rollup(hr, "organization");
      // boss has no data; lead 100%, worker 66%, outsider 100% (override).
      expect(organization).toMatchObject({ key: null, scorecards: 4, scored: 3 });
      expect(organization?.averageOverall).toBeCloseTo((1 + 0.66 + 1) / 3);
      const units = Object.fromEntries((await rollup(hr, "org-unit")).map((g) => [g.key, g]));
      expect(units[ids.unitA]).toMatchObject({ scorecards: 2, scored: 1, averageOverall: 1 });
      expect(units[ids.unitB]?.averageOverall).toBeCloseTo((0.66 + 1) / 2);
      const teams = Object.fromEntries((await rollup(hr, "team")).map((g) => [g.key ?? "none", g]));
      expect(teams[ids.boss]).toMatchObject({ name: expect.stringContaining("Team of"), scorecards: 1, scored: 1 });
      expect(teams[ids.lead]?.averageOverall).toBeCloseTo(0.66);
      expect(teams.none).toMatchObject({ name: "No manager", scorecards: 2 });
    });

    it("counts only what the caller may see", async () => {
      const [forLead] = await rollup(lead, "organization");
      expect(forLead).toMatchObject({ scorecards: 2, scored: 2 });
      const [forWorker] = await rollup(worker, "organization");
      expect(forWorker).toMatchObject({ scorecards: 1 });
      expect(forWorker?.averageOverall).toBeCloseTo(0.66);
    });

    it("refuses an unknown cycle (404) and an unknown grouping (400)", async () => {
      expect((await hr.request("GET", "/api/v1/rollups?cycleId=00000000-0000-4000-8000-000000000000")).statusCode).toBe(
        404,
      );
      const bad = await hr.request("GET", `/api/v1/rollups?cycleId=${cycleId}&by=planet`);
      expect(bad.statusCode).toBe(400);
      expect((bad.json() as ErrorJson).error.issues?.[0]?.path).toBe("by");
    });
  });
});
