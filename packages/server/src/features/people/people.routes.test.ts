import { beforeAll, describe, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import {
  buildPerson,
  createTestPerson,
  insertRoleWithFramework,
  insertTestOrgUnit,
  insertTestRole,
  openTestCycle,
  type PersonJson,
  scorecardsOf,
} from "./people.factory.js";

interface ErrorJson {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describeEachApp("people", (ctx) => {
  let hr: TestClient;
  let roleId: string;
  let org: string;

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    org = ctx.admin.organizationId;
    roleId = (await insertRoleWithFramework(ctx.database.db, org)).roleId;
  });

  describe("POST /api/v1/people", () => {
    it("adds a person with role, org unit and manager names", async () => {
      const orgUnitId = await insertTestOrgUnit(ctx.database.db, org);
      const boss = await createTestPerson(hr, { roleId, name: "Bea Boss" });
      const response = await hr.request(
        "POST",
        "/api/v1/people",
        buildPerson({ roleId, orgUnitId, managerId: boss.id, name: "Carl" }),
      );
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({
        name: "Carl",
        roleId,
        roleTitle: "Sales Executive",
        orgUnitId,
        orgUnitName: "Sales",
        managerId: boss.id,
        managerName: "Bea Boss",
        active: true,
        endDate: null,
        scorecardChanges: [],
      });
    });

    it("refuses a role of another organization, naming roleId, and writes nothing", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const foreignRole = await insertTestRole(ctx.database.db, other.organizationId);
      const body = buildPerson({ roleId: foreignRole });
      const response = await hr.request("POST", "/api/v1/people", body);
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorJson).error.issues?.[0]?.path).toBe("roleId");
      const list = await hr.request("GET", "/api/v1/people");
      expect(JSON.stringify(list.json())).not.toContain(body.employeeNumber);
    });

    it("refuses an unknown manager, an unknown org unit and an impossible date", async () => {
      const unknown = "00000000-0000-4000-8000-000000000000";
      const manager = await hr.request("POST", "/api/v1/people", buildPerson({ roleId, managerId: unknown }));
      expect((manager.json() as ErrorJson).error.issues?.[0]?.path).toBe("managerId");
      const unit = await hr.request("POST", "/api/v1/people", buildPerson({ roleId, orgUnitId: unknown }));
      expect((unit.json() as ErrorJson).error.issues?.[0]?.path).toBe("orgUnitId");
      const date = await hr.request("POST", "/api/v1/people", buildPerson({ roleId, startDate: "2026-02-30" }));
      expect(date.statusCode).toBe(400);
      expect((date.json() as ErrorJson).error.issues?.[0]?.path).toBe("startDate");
      const extra = await hr.request("POST", "/api/v1/people", buildPerson({ roleId, salary: 1 }));
      expect(extra.statusCode).toBe(400);
    });

    it("refuses a duplicate employee number with 409", async () => {
      const first = buildPerson({ roleId });
      expect((await hr.request("POST", "/api/v1/people", first)).statusCode).toBe(201);
      const again = await hr.request("POST", "/api/v1/people", {
        ...buildPerson({ roleId }),
        employeeNumber: first.employeeNumber,
      });
      expect(again.statusCode).toBe(409);
      expect((again.json() as ErrorJson).error.message).toContain("employeeNumber");
    });

    it("is for hr and admin only", async () => {
      const manager = await signInAs(ctx, "manager");
      expect((await manager.request("POST", "/api/v1/people", buildPerson({ roleId }))).statusCode).toBe(403);
      const anonymous = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/people",
        payload: buildPerson({ roleId }),
      });
      expect(anonymous.statusCode).toBe(401);
    });
  });

  describe("PATCH /api/v1/people/:id", () => {
    it("refuses a reporting loop (A manages B manages A) naming managerId, and changes nothing", async () => {
      const a = await createTestPerson(hr, { roleId });
      const b = await createTestPerson(hr, { roleId, managerId: a.id });
      const c = await createTestPerson(hr, { roleId, managerId: b.id });
      for (const managerId of [b.id, c.id, a.id]) {
        const response = await hr.request("PATCH", `/api/v1/people/${a.id}`, { managerId, name: "Changed" });
        expect(response.statusCode).toBe(400);
        expect((response.json() as ErrorJson).error.issues?.[0]?.path).toBe("managerId");
      }
      const after = (await hr.request("GET", `/api/v1/people/${a.id}`)).json() as PersonJson & { name: string };
      expect(after.managerId).toBeNull();
      expect(after.name).not.toBe("Changed");
    });

    it("moves a person to another manager", async () => {
      const a = await createTestPerson(hr, { roleId });
      const b = await createTestPerson(hr, { roleId });
      const response = await hr.request("PATCH", `/api/v1/people/${b.id}`, { managerId: a.id });
      expect(response.statusCode).toBe(200);
      expect((response.json() as PersonJson).managerId).toBe(a.id);
    });

    it("answers 404 for an unknown id and 400 for effectiveDate without a new role", async () => {
      expect(
        (await hr.request("PATCH", "/api/v1/people/00000000-0000-4000-8000-000000000000", { name: "X" })).statusCode,
      ).toBe(404);
      const p = await createTestPerson(hr, { roleId });
      const response = await hr.request("PATCH", `/api/v1/people/${p.id}`, { effectiveDate: "2026-02-01" });
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorJson).error.issues?.[0]?.path).toBe("effectiveDate");
    });

    it("a role change mid-cycle supersedes the scorecard and starts a new one from that date", async () => {
      const person = await createTestPerson(hr, { roleId });
      const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2027-01-01", endDate: "2027-03-31" });
      const cycleId = opened.cycle.id;
      const newRole = await insertRoleWithFramework(ctx.database.db, org, "Account Manager");
      const response = await hr.request("PATCH", `/api/v1/people/${person.id}`, {
        roleId: newRole.roleId,
        effectiveDate: "2027-02-10",
      });
      expect(response.statusCode, response.body).toBe(200);
      const changes = (response.json() as PersonJson).scorecardChanges.filter((c) => c.cycleId === cycleId);
      expect(changes.map((c) => c.action)).toEqual(["superseded", "created"]);
      const cards = await scorecardsOf(hr, person.id, cycleId);
      const old = cards.find((c) => c.status === "superseded");
      const current = cards.find((c) => c.status === "active");
      expect(old).toMatchObject({ validFrom: "2027-01-01", validTo: "2027-02-09", roleId });
      expect(old?.statusReason).toContain("Account Manager");
      expect(current).toMatchObject({ validFrom: "2027-02-10", validTo: "2027-03-31", roleId: newRole.roleId });
    });

    it("a role change to a role without a published framework says the new scorecard was skipped", async () => {
      const person = await createTestPerson(hr, { roleId });
      const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2028-01-01", endDate: "2028-03-31" });
      const bare = await insertTestRole(ctx.database.db, org, "Intern");
      const response = await hr.request("PATCH", `/api/v1/people/${person.id}`, {
        roleId: bare,
        effectiveDate: "2028-02-01",
      });
      const changes = (response.json() as PersonJson).scorecardChanges.filter((c) => c.cycleId === opened.cycle.id);
      expect(changes.map((c) => [c.action, c.reason])).toEqual([
        ["superseded", "role changed to Intern on 2028-02-01"],
        ["skipped", "role has no published framework"],
      ]);
    });

    it("refuses a role change dated before the person started", async () => {
      const person = await createTestPerson(hr, { roleId, startDate: "2026-06-01" });
      const other = await insertTestRole(ctx.database.db, org);
      const response = await hr.request("PATCH", `/api/v1/people/${person.id}`, {
        roleId: other,
        effectiveDate: "2026-05-01",
      });
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorJson).error.issues?.[0]?.path).toBe("effectiveDate");
      expect(((await hr.request("GET", `/api/v1/people/${person.id}`)).json() as PersonJson).roleId).toBe(roleId);
    });
  });

  describe("joiners, leavers and accounts", () => {
    it("a joiner during an open cycle gets a scorecard from their start date", async () => {
      const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2029-01-01", endDate: "2029-03-31" });
      const joiner = await createTestPerson(hr, { roleId, startDate: "2029-02-15" });
      const change = joiner.scorecardChanges.find((c) => c.cycleId === opened.cycle.id);
      expect(change).toMatchObject({ action: "created", validFrom: "2029-02-15", validTo: "2029-03-31" });
    });

    it("a leaver keeps their history, their scorecards end, and their sessions end", async () => {
      const member = await signInAs(ctx, "employee");
      const person = await createTestPerson(hr, { roleId, userId: member.userId });
      const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2030-01-01", endDate: "2030-03-31" });
      expect((await member.request("GET", "/api/v1/people/org-chart")).statusCode).toBe(200);
      const response = await hr.request("POST", `/api/v1/people/${person.id}/deactivate`, { endDate: "2030-02-20" });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ active: false, endDate: "2030-02-20" });
      expect((await member.request("GET", "/api/v1/people/org-chart")).statusCode).toBe(401);
      const cards = await scorecardsOf(hr, person.id, opened.cycle.id);
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({ status: "ended", validTo: "2030-02-20" });
      const listed = (await hr.request("GET", "/api/v1/people?includeInactive=true")).json() as {
        items: { id: string }[];
      };
      expect(listed.items.some((p) => p.id === person.id)).toBe(true);
      const active = (await hr.request("GET", "/api/v1/people")).json() as { items: { id: string }[] };
      expect(active.items.some((p) => p.id === person.id)).toBe(false);
      expect((await hr.request("POST", `/api/v1/people/${person.id}/deactivate`, {})).statusCode).toBe(409);
      expect((await hr.request("PATCH", `/api/v1/people/${person.id}`, { name: "Back" })).statusCode).toBe(409);
    });

    it("refuses a last day before the start date", async () => {
      const person = await createTestPerson(hr, { roleId, startDate: "2026-03-01" });
      const response = await hr.request("POST", `/api/v1/people/${person.id}/deactivate`, { endDate: "2026-02-01" });
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorJson).error.issues?.[0]?.path).toBe("endDate");
      expect(((await hr.request("GET", `/api/v1/people/${person.id}`)).json() as PersonJson).active).toBe(true);
    });

    it("links a member account once, and only one of this organization", async () => {
      const member = await signInAs(ctx, "employee");
      const a = await createTestPerson(hr, { roleId });
      const b = await createTestPerson(hr, { roleId });
      const linked = await hr.request("POST", `/api/v1/people/${a.id}/link-user`, { userId: member.userId });
      expect(linked.statusCode).toBe(200);
      expect((linked.json() as PersonJson).userId).toBe(member.userId);
      const twice = await hr.request("POST", `/api/v1/people/${b.id}/link-user`, { userId: member.userId });
      expect(twice.statusCode).toBe(409);
      const other = await otherOrganizationAdmin(ctx);
      const foreign = await hr.request("POST", `/api/v1/people/${b.id}/link-user`, { userId: other.userId });
      expect(foreign.statusCode).toBe(400);
      expect((foreign.json() as ErrorJson).error.issues?.[0]?.path).toBe("userId");
      const own = await member.request("GET", `/api/v1/people/${a.id}`);
      expect(own.statusCode).toBe(200);
    });
  });

  describe("GET /api/v1/people/org-chart", () => {
    it("nests a manager's line under them", async () => {
      const member = await signInAs(ctx, "manager");
      const boss = await createTestPerson(hr, { roleId, userId: member.userId });
      const report = await createTestPerson(hr, { roleId, managerId: boss.id });
      const grand = await createTestPerson(hr, { roleId, managerId: report.id });
      const response = await member.request("GET", "/api/v1/people/org-chart");
      expect(response.statusCode).toBe(200);
      type Node = { id: string; reports: Node[] };
      const items = (response.json() as { items: Node[] }).items;
      expect(items.map((n) => n.id)).toEqual([boss.id]);
      expect(items[0]?.reports.map((n) => n.id)).toEqual([report.id]);
      expect(items[0]?.reports[0]?.reports.map((n) => n.id)).toEqual([grand.id]);
    });
  });
});
