import { beforeAll, describe, expect, it } from "vitest";
import { describeEachApp, signInAs, type TestClient } from "../../test/test-app.js";
import {
  createTestPerson,
  insertRoleWithFramework,
  openTestCycle,
  type PersonJson,
  scorecardsOf,
} from "../people/people.factory.js";

interface ErrorJson {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
interface Detail {
  id: string;
  status: string;
  items: {
    kpi: string;
    scoring: { target?: number };
    frameworkScoring: { target?: number };
    override: { reason: string } | null;
  }[];
  overrides: { kpi: string; reason: string; createdById: string | null; createdByName: string | null }[];
}

describeEachApp("scorecards", (ctx) => {
  let hr: TestClient;
  let manager: TestClient;
  let roleId: string;
  let kpi: string;
  let person: PersonJson;
  let cycleId: string;
  let scorecardId: string;

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    manager = await signInAs(ctx, "manager");
    const seeded = await insertRoleWithFramework(ctx.database.db, ctx.admin.organizationId);
    roleId = seeded.roleId;
    kpi = seeded.kpi;
    const boss = await createTestPerson(hr, { roleId, userId: manager.userId });
    person = await createTestPerson(hr, { roleId, managerId: boss.id });
    cycleId = (await openTestCycle(hr, { cadence: "quarterly", startDate: "2026-01-01" })).cycle.id;
    scorecardId = (await scorecardsOf(hr, person.id, cycleId))[0]?.id as string;
  });

  const override = (body: Record<string, unknown>, id = scorecardId, client = manager) =>
    client.request("POST", `/api/v1/scorecards/${id}/overrides`, {
      kpi,
      scoring: { method: "linear", baseline: 0, target: 80 },
      reason: "Joined the team late",
      ...body,
    });
  const detail = async (id = scorecardId) => (await hr.request("GET", `/api/v1/scorecards/${id}`)).json() as Detail;

  it("shows the snapshot's KPIs with the framework's scoring", async () => {
    const response = await hr.request("GET", `/api/v1/scorecards/${scorecardId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      employeeId: person.id,
      cycleId,
      roleId,
      frameworkVersion: 1,
      status: "active",
      validFrom: "2026-01-01",
      validTo: "2026-03-31",
      items: [{ kpi, kpiName: "Revenue", weight: 100, scoring: { method: "linear", target: 100 }, override: null }],
    });
  });

  it("records overrides with reason, who and when; the latest wins and history is kept", async () => {
    const first = await override({});
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ kpi, reason: "Joined the team late", createdById: manager.userId });
    const second = await override(
      { scoring: { method: "linear", baseline: 0, target: 60 }, reason: "Sick leave" },
      scorecardId,
      hr,
    );
    expect(second.statusCode).toBe(201);
    const card = await detail();
    expect(card.items[0]?.scoring.target).toBe(60);
    expect(card.items[0]?.frameworkScoring.target).toBe(100);
    expect(card.items[0]?.override?.reason).toBe("Sick leave");
    expect(card.overrides.map((o) => o.reason)).toEqual(["Joined the team late", "Sick leave"]);
    expect(card.overrides[1]?.createdById).toBe(hr.userId);
  });

  it("refuses an override without a reason, for a KPI not on the scorecard, or with a degenerate scoring, writing nothing", async () => {
    const before = (await detail()).overrides.length;
    const noReason = await manager.request("POST", `/api/v1/scorecards/${scorecardId}/overrides`, {
      kpi,
      scoring: { method: "linear", baseline: 0, target: 80 },
    });
    expect(noReason.statusCode).toBe(400);
    expect((noReason.json() as ErrorJson).error.issues?.[0]?.path).toBe("reason");
    const blank = await override({ reason: "   " });
    expect(blank.statusCode).toBe(400);
    expect((blank.json() as ErrorJson).error.issues?.[0]?.path).toBe("reason");
    const unknownKpi = await override({ kpi: "not-on-it" });
    expect(unknownKpi.statusCode).toBe(400);
    expect((unknownKpi.json() as ErrorJson).error.issues?.[0]?.path).toBe("kpi");
    const degenerate = await override({ scoring: { method: "linear", baseline: 50, target: 50 } });
    expect(degenerate.statusCode).toBe(400);
    expect((degenerate.json() as ErrorJson).error.issues?.[0]?.path).toMatch(/^scoring\./);
    expect((await detail()).overrides.length).toBe(before);
  });

  it("answers 404 for unknown scorecards and unknown cycle filters", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await hr.request("GET", `/api/v1/scorecards/${unknown}`)).statusCode).toBe(404);
    expect((await override({}, unknown)).statusCode).toBe(404);
    expect((await hr.request("GET", `/api/v1/scorecards?cycleId=${unknown}`)).statusCode).toBe(404);
    expect((await hr.request("GET", "/api/v1/scorecards?cycleId=nope")).statusCode).toBe(400);
  });

  it("refuses overrides on a superseded scorecard", async () => {
    const mover = await createTestPerson(hr, { roleId });
    const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2034-01-01", endDate: "2034-03-31" });
    const [old] = await scorecardsOf(hr, mover.id, opened.cycle.id);
    const next = await insertRoleWithFramework(ctx.database.db, ctx.admin.organizationId, "Team Lead");
    await hr.request("PATCH", `/api/v1/people/${mover.id}`, { roleId: next.roleId, effectiveDate: "2034-02-01" });
    const response = await override({}, old?.id, hr);
    expect(response.statusCode).toBe(409);
  });

  describe("closed cycles", () => {
    it("refuse every target change with 409 and keep the scorecards readable", async () => {
      const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2033-01-01", endDate: "2033-03-31" });
      const [card] = await scorecardsOf(hr, person.id, opened.cycle.id);
      expect((await hr.request("POST", `/api/v1/cycles/${opened.cycle.id}/close`)).statusCode).toBe(200);
      const response = await override({}, card?.id, hr);
      expect(response.statusCode).toBe(409);
      expect((await detail(card?.id)).overrides).toHaveLength(0);
      expect((await manager.request("GET", `/api/v1/scorecards/${card?.id}`)).statusCode).toBe(200);
    });
  });
});
