import { beforeAll, describe, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import {
  createTestCycle,
  createTestPerson,
  insertRoleWithFramework,
  insertTestFramework,
  insertTestKpi,
  insertTestRole,
  openTestCycle,
  publishFrameworkThroughApi,
  scorecardsOf,
} from "../people/people.factory.js";

interface ErrorJson {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
const firstIssue = (body: unknown) => (body as ErrorJson).error.issues?.[0]?.path;

describeEachApp("review cycles", (ctx) => {
  let hr: TestClient;
  let org: string;

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    org = ctx.admin.organizationId;
  });

  describe("POST /api/v1/cycles", () => {
    it("derives the end of a quarter and monthly sub-periods", async () => {
      const response = await hr.request("POST", "/api/v1/cycles", {
        name: "Q2",
        cadence: "quarterly",
        startDate: "2026-04-01",
      });
      expect(response.statusCode).toBe(201);
      const cycle = response.json() as {
        endDate: string;
        status: string;
        subPeriods: { key: string; start: string; end: string }[];
      };
      expect(cycle.endDate).toBe("2026-06-30");
      expect(cycle.status).toBe("draft");
      expect(cycle.subPeriods.map((p) => [p.key, p.start, p.end])).toEqual([
        ["m1", "2026-04-01", "2026-04-30"],
        ["m2", "2026-05-01", "2026-05-31"],
        ["m3", "2026-06-01", "2026-06-30"],
      ]);
    });

    it("takes custom dates and custom sub-periods", async () => {
      const response = await hr.request("POST", "/api/v1/cycles", {
        name: "Pilot",
        cadence: "custom",
        startDate: "2026-01-10",
        endDate: "2026-02-20",
        subPeriods: [
          { key: "first", label: "First half", start: "2026-01-10", end: "2026-01-31" },
          { key: "second", label: "Second half", start: "2026-02-01", end: "2026-02-20" },
        ],
      });
      expect(response.statusCode, response.body).toBe(201);
      expect((response.json() as { subPeriods: unknown[] }).subPeriods).toHaveLength(2);
    });

    it("names the bad date: custom without end, a fixed cadence with another end, an end before the start", async () => {
      const custom = await hr.request("POST", "/api/v1/cycles", {
        name: "X",
        cadence: "custom",
        startDate: "2026-01-01",
      });
      expect(custom.statusCode).toBe(400);
      expect(firstIssue(custom.json())).toBe("endDate");
      const quarter = await hr.request("POST", "/api/v1/cycles", {
        name: "X",
        cadence: "quarterly",
        startDate: "2026-01-01",
        endDate: "2026-04-15",
      });
      expect(firstIssue(quarter.json())).toBe("endDate");
      expect((quarter.json() as ErrorJson).error.message).toContain("2026-03-31");
      const backwards = await hr.request("POST", "/api/v1/cycles", {
        name: "X",
        cadence: "custom",
        startDate: "2026-03-01",
        endDate: "2026-02-01",
      });
      expect(firstIssue(backwards.json())).toBe("endDate");
    });

    it("refuses sub-periods outside the cycle or overlapping, and writes nothing", async () => {
      const before = ((await hr.request("GET", "/api/v1/cycles")).json() as { items: unknown[] }).items.length;
      const outside = await hr.request("POST", "/api/v1/cycles", {
        name: "X",
        cadence: "custom",
        startDate: "2026-01-01",
        endDate: "2026-01-31",
        subPeriods: [{ key: "a", label: "A", start: "2026-01-01", end: "2026-02-05" }],
      });
      expect(outside.statusCode).toBe(400);
      expect(firstIssue(outside.json())).toBe("subPeriods.0.end");
      const overlap = await hr.request("POST", "/api/v1/cycles", {
        name: "X",
        cadence: "custom",
        startDate: "2026-01-01",
        endDate: "2026-01-31",
        subPeriods: [
          { key: "a", label: "A", start: "2026-01-01", end: "2026-01-20" },
          { key: "b", label: "B", start: "2026-01-15", end: "2026-01-31" },
        ],
      });
      expect(firstIssue(overlap.json())).toBe("subPeriods.1.start");
      const after = ((await hr.request("GET", "/api/v1/cycles")).json() as { items: unknown[] }).items.length;
      expect(after).toBe(before);
    });

    it("is for hr and admin only", async () => {
      const manager = await signInAs(ctx, "manager");
      const body = { name: "X", cadence: "yearly", startDate: "2026-01-01" };
      expect((await manager.request("POST", "/api/v1/cycles", body)).statusCode).toBe(403);
      expect((await ctx.app.inject({ method: "POST", url: "/api/v1/cycles", payload: body })).statusCode).toBe(401);
    });
  });

  describe("GET and PATCH /api/v1/cycles/:id", () => {
    it("answers 404 for unknown ids and for another organization's cycle", async () => {
      const cycle = await createTestCycle(hr);
      const other = await otherOrganizationAdmin(ctx);
      expect((await other.request("GET", `/api/v1/cycles/${cycle.id}`)).statusCode).toBe(404);
      expect((await hr.request("GET", "/api/v1/cycles/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
      expect((await hr.request("GET", "/api/v1/cycles/not-a-uuid")).statusCode).toBe(400);
    });

    it("changes a draft's dates (sub-periods follow) but only the name of an open cycle", async () => {
      const cycle = await createTestCycle(hr, { cadence: "quarterly", startDate: "2026-01-01" });
      const moved = await hr.request("PATCH", `/api/v1/cycles/${cycle.id}`, { cadence: "half-yearly" });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ endDate: "2026-06-30" });
      expect((moved.json() as { subPeriods: unknown[] }).subPeriods).toHaveLength(6);
      await hr.request("POST", `/api/v1/cycles/${cycle.id}/open`);
      const dates = await hr.request("PATCH", `/api/v1/cycles/${cycle.id}`, { startDate: "2026-02-01" });
      expect(dates.statusCode).toBe(409);
      const renamed = await hr.request("PATCH", `/api/v1/cycles/${cycle.id}`, { name: "H1 2026" });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json()).toMatchObject({ name: "H1 2026", startDate: "2026-01-01" });
    });
  });

  describe("open and close", () => {
    it("creates a scorecard for every active employee with a published framework and lists who was skipped", async () => {
      const db = ctx.database.db;
      const { roleId } = await insertRoleWithFramework(db, org);
      const bareRole = await insertTestRole(db, org, "No framework");
      const draftRole = await insertTestRole(db, org, "Draft only");
      await insertTestFramework(db, {
        organizationId: org,
        roleId: draftRole,
        kpis: [await insertTestKpi(db, org)],
        status: "draft",
      });
      const futureRole = await insertTestRole(db, org, "Future framework");
      await insertTestFramework(db, {
        organizationId: org,
        roleId: futureRole,
        kpis: [await insertTestKpi(db, org)],
        effectiveDate: "2099-01-01",
      });
      const ok = await createTestPerson(hr, { roleId });
      const bare = await createTestPerson(hr, { roleId: bareRole });
      const draft = await createTestPerson(hr, { roleId: draftRole });
      const future = await createTestPerson(hr, { roleId: futureRole });
      const late = await createTestPerson(hr, { roleId, startDate: "2045-01-01" });
      const gone = await createTestPerson(hr, { roleId });
      await hr.request("POST", `/api/v1/people/${gone.id}/deactivate`, {});
      const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2040-01-01", endDate: "2040-03-31" });
      expect(opened.cycle.status).toBe("open");
      const reasons = new Map(opened.skipped.map((s) => [s.employeeId, s.reason]));
      expect(reasons.get(bare.id)).toBe("role has no published framework");
      expect(reasons.get(draft.id)).toBe("role has no published framework");
      expect(reasons.get(future.id)).toBe("role's published framework takes effect only after the cycle ends");
      expect(reasons.get(late.id)).toContain("after the cycle ends");
      expect(reasons.has(ok.id)).toBe(false);
      expect(reasons.has(gone.id)).toBe(false);
      expect(await scorecardsOf(hr, ok.id, opened.cycle.id)).toHaveLength(1);
      expect(await scorecardsOf(hr, gone.id, opened.cycle.id)).toHaveLength(0);
      const all = (await hr.request("GET", `/api/v1/scorecards?cycleId=${opened.cycle.id}`)).json() as {
        items: unknown[];
      };
      expect(all.items).toHaveLength(opened.created);
    });

    it("later framework and KPI edits never change a running scorecard", async () => {
      const db = ctx.database.db;
      const roleId = await insertTestRole(db, org, "Snapshot role");
      const kpi = await insertTestKpi(db, org, { name: "Original name" });
      await insertTestFramework(db, { organizationId: org, roleId, kpis: [kpi], target: 100 });
      const person = await createTestPerson(hr, { roleId });
      const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2041-01-01", endDate: "2041-03-31" });
      // Version 2 goes through the real frameworks API and takes effect mid-cycle.
      expect(
        await publishFrameworkThroughApi(hr, roleId, { kpis: [kpi], target: 500, effectiveDate: "2041-02-01" }),
      ).toBe(2);
      await db.updateTable("kpis").set({ name: "Renamed", aggregation: "max" }).where("key", "=", kpi).execute();
      const [card] = await scorecardsOf(hr, person.id, opened.cycle.id);
      const detail = (await hr.request("GET", `/api/v1/scorecards/${card?.id}`)).json() as {
        frameworkVersion: number;
        items: { kpiName: string; scoring: { target: number } }[];
        kpis: { aggregation: string }[];
      };
      expect(detail.frameworkVersion).toBe(1);
      expect(detail.items[0]).toMatchObject({ kpiName: "Original name", scoring: { target: 100 } });
      expect(detail.kpis[0]?.aggregation).toBe("sum");
      // A cycle opened afterwards does pick up version 2.
      const later = await openTestCycle(hr, { cadence: "custom", startDate: "2043-01-01", endDate: "2043-03-31" });
      const [newCard] = await scorecardsOf(hr, person.id, later.cycle.id);
      expect(newCard?.frameworkVersion).toBe(2);
    });

    it("follows draft → open → closed and refuses every other move with 409", async () => {
      const cycle = await createTestCycle(hr, { cadence: "custom", startDate: "2042-01-01", endDate: "2042-01-31" });
      expect((await hr.request("POST", `/api/v1/cycles/${cycle.id}/close`)).statusCode).toBe(409);
      expect((await hr.request("POST", `/api/v1/cycles/${cycle.id}/open`)).statusCode).toBe(200);
      expect((await hr.request("POST", `/api/v1/cycles/${cycle.id}/open`)).statusCode).toBe(409);
      const closed = await hr.request("POST", `/api/v1/cycles/${cycle.id}/close`);
      expect(closed.statusCode).toBe(200);
      expect(closed.json()).toMatchObject({ status: "closed" });
      expect((await hr.request("POST", `/api/v1/cycles/${cycle.id}/close`)).statusCode).toBe(409);
      expect((await hr.request("POST", `/api/v1/cycles/${cycle.id}/open`)).statusCode).toBe(409);
      expect((await hr.request("PATCH", `/api/v1/cycles/${cycle.id}`, { name: "Later" })).statusCode).toBe(409);
      expect((await hr.request("GET", "/api/v1/cycles?status=closed")).json()).toMatchObject({
        items: expect.arrayContaining([expect.objectContaining({ id: cycle.id })]),
      });
    });
  });
});
