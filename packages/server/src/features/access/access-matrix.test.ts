import type { InjectOptions } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { registeredRoutes } from "../../http/route-catalog.js";
import { describeEachApp, otherOrganizationAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import {
  buildPerson,
  createTestCycle,
  createTestPerson,
  insertRoleWithFramework,
  openTestCycle,
  scorecardsOf,
} from "../people/people.factory.js";

/**
 * Every people / cycle / scorecard (and measurement) endpoint against every kind of caller,
 * with the exact status each must get. A route under those paths that is missing here fails.
 */

const ACTORS = [
  "anonymous",
  "employee",
  "peer",
  "manager",
  "otherManager",
  "hr",
  "admin",
  "otherOrg",
  "deactivated",
] as const;
type Actor = (typeof ACTORS)[number];

interface MatrixRow {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The route as registered, e.g. /api/v1/people/:id */
  route: string;
  /** What this row checks, when the route has several rows. */
  note?: string;
  /** Builds the request for one cell; may create fresh records so cells do not affect each other. */
  request: (actor: Actor) => Promise<{ url: string; body?: unknown }>;
  expected: Record<Actor, number>;
}

const COVERED_PREFIXES = ["/api/v1/people", "/api/v1/cycles", "/api/v1/scorecards", "/api/v1/measurements"];

/** Same status for the signed-in members of the organization, with exceptions. */
function statuses(member: number, exceptions: Partial<Record<Actor, number>>): Record<Actor, number> {
  return {
    anonymous: 401,
    employee: member,
    peer: member,
    manager: member,
    otherManager: member,
    hr: member,
    admin: member,
    otherOrg: member,
    deactivated: 401,
    ...exceptions,
  };
}

describeEachApp("access matrix", (ctx) => {
  const clients = {} as Record<Exclude<Actor, "anonymous">, TestClient>;
  const ids = {} as {
    roleId: string;
    employee: string;
    peer: string;
    manager: string;
    otherManager: string;
    otherReport: string;
    deactivated: string;
    cycle: string;
    scorecard: string;
  };

  beforeAll(async () => {
    const db = ctx.database.db;
    const org = ctx.admin.organizationId;
    clients.admin = ctx.admin;
    clients.hr = await signInAs(ctx, "hr");
    clients.manager = await signInAs(ctx, "manager");
    clients.otherManager = await signInAs(ctx, "manager");
    clients.employee = await signInAs(ctx, "employee");
    clients.peer = await signInAs(ctx, "employee");
    clients.deactivated = await signInAs(ctx, "employee");
    clients.otherOrg = await otherOrganizationAdmin(ctx);
    const { roleId } = await insertRoleWithFramework(db, org);
    ids.roleId = roleId;
    const hr = clients.hr;
    ids.manager = (await createTestPerson(hr, { roleId, userId: clients.manager.userId })).id;
    ids.otherManager = (await createTestPerson(hr, { roleId, userId: clients.otherManager.userId })).id;
    ids.employee = (await createTestPerson(hr, { roleId, managerId: ids.manager, userId: clients.employee.userId })).id;
    ids.peer = (await createTestPerson(hr, { roleId, managerId: ids.manager, userId: clients.peer.userId })).id;
    ids.otherReport = (await createTestPerson(hr, { roleId, managerId: ids.otherManager })).id;
    ids.deactivated = (
      await createTestPerson(hr, { roleId, managerId: ids.manager, userId: clients.deactivated.userId })
    ).id;
    const opened = await openTestCycle(hr);
    ids.cycle = opened.cycle.id;
    const cards = await scorecardsOf(hr, ids.employee, ids.cycle);
    ids.scorecard = cards[0]?.id as string;
    const left = await hr.request("POST", `/api/v1/people/${ids.deactivated}/deactivate`, { endDate: "2026-02-15" });
    expect(left.statusCode, left.body).toBe(200);
  });

  async function send(actor: Actor, method: MatrixRow["method"], url: string, body?: unknown) {
    if (actor === "anonymous") {
      return ctx.app.inject({
        method,
        url,
        ...(body === undefined ? {} : { payload: body as InjectOptions["payload"] }),
      });
    }
    return clients[actor].request(method, url, body);
  }

  /** A new report of the manager, for cells that change or deactivate a person. */
  async function freshReport(): Promise<string> {
    return (await createTestPerson(ctx.admin, { roleId: ids.roleId, managerId: ids.manager })).id;
  }

  const rows: MatrixRow[] = [
    {
      method: "GET",
      route: "/api/v1/people",
      request: async () => ({ url: "/api/v1/people" }),
      expected: statuses(200, {}),
    },
    {
      method: "GET",
      route: "/api/v1/people/org-chart",
      request: async () => ({ url: "/api/v1/people/org-chart" }),
      expected: statuses(200, {}),
    },
    {
      method: "POST",
      route: "/api/v1/people",
      note: "the other organization's admin uses a roleId of this organization: 400",
      request: async () => ({ url: "/api/v1/people", body: buildPerson({ roleId: ids.roleId }) }),
      expected: statuses(403, { hr: 201, admin: 201, otherOrg: 400 }),
    },
    {
      method: "GET",
      route: "/api/v1/people/:id",
      request: async () => ({ url: `/api/v1/people/${ids.employee}` }),
      expected: statuses(404, { employee: 200, manager: 200, hr: 200, admin: 200 }),
    },
    {
      method: "GET",
      route: "/api/v1/people/:id",
      note: "an indirect report's manager chain: the other manager's report",
      request: async () => ({ url: `/api/v1/people/${ids.otherReport}` }),
      expected: statuses(404, { otherManager: 200, hr: 200, admin: 200 }),
    },
    {
      method: "PATCH",
      route: "/api/v1/people/:id",
      request: async () => ({ url: `/api/v1/people/${ids.employee}`, body: { email: "e@example.com" } }),
      expected: statuses(403, { hr: 200, admin: 200, otherOrg: 404 }),
    },
    {
      method: "POST",
      route: "/api/v1/people/:id/deactivate",
      request: async () => ({ url: `/api/v1/people/${await freshReport()}/deactivate`, body: {} }),
      expected: statuses(403, { hr: 200, admin: 200, otherOrg: 404 }),
    },
    {
      method: "POST",
      route: "/api/v1/people/:id/link-user",
      request: async () => ({ url: `/api/v1/people/${await freshReport()}/link-user`, body: { userId: null } }),
      expected: statuses(403, { hr: 200, admin: 200, otherOrg: 404 }),
    },
    {
      method: "GET",
      route: "/api/v1/cycles",
      request: async () => ({ url: "/api/v1/cycles" }),
      expected: statuses(200, {}),
    },
    {
      method: "POST",
      route: "/api/v1/cycles",
      note: "the other organization's admin creates a cycle in their own organization",
      request: async () => ({
        url: "/api/v1/cycles",
        body: { name: "Matrix", cadence: "custom", startDate: "2030-01-01", endDate: "2030-01-31" },
      }),
      expected: statuses(403, { hr: 201, admin: 201, otherOrg: 201 }),
    },
    {
      method: "GET",
      route: "/api/v1/cycles/:id",
      request: async () => ({ url: `/api/v1/cycles/${ids.cycle}` }),
      expected: statuses(200, { otherOrg: 404 }),
    },
    {
      method: "PATCH",
      route: "/api/v1/cycles/:id",
      request: async () => ({ url: `/api/v1/cycles/${ids.cycle}`, body: { name: "Renamed quarter" } }),
      expected: statuses(403, { hr: 200, admin: 200, otherOrg: 404 }),
    },
    {
      method: "POST",
      route: "/api/v1/cycles/:id/open",
      request: async () => ({
        url: `/api/v1/cycles/${(await createTestCycle(ctx.admin, { cadence: "custom", startDate: "2031-01-01", endDate: "2031-01-31" })).id}/open`,
      }),
      expected: statuses(403, { hr: 200, admin: 200, otherOrg: 404 }),
    },
    {
      method: "POST",
      route: "/api/v1/cycles/:id/close",
      request: async () => ({
        url: `/api/v1/cycles/${(await openTestCycle(ctx.admin, { cadence: "custom", startDate: "2032-01-01", endDate: "2032-01-31" })).cycle.id}/close`,
      }),
      expected: statuses(403, { hr: 200, admin: 200, otherOrg: 404 }),
    },
    {
      method: "GET",
      route: "/api/v1/cycles/:id/kpi-health",
      request: async () => ({ url: `/api/v1/cycles/${ids.cycle}/kpi-health` }),
      expected: statuses(403, { hr: 200, admin: 200, otherOrg: 404 }),
    },
    {
      method: "GET",
      route: "/api/v1/roles/:roleId/framework/history-values",
      note: "individual past results: hr/admin only",
      request: async () => ({ url: `/api/v1/roles/${ids.roleId}/framework/history-values` }),
      expected: statuses(403, { hr: 200, admin: 200, otherOrg: 404 }),
    },
    {
      method: "GET",
      route: "/api/v1/scorecards",
      request: async () => ({ url: "/api/v1/scorecards" }),
      expected: statuses(200, {}),
    },
    {
      method: "GET",
      route: "/api/v1/scorecards",
      note: "filtered by a person the caller may not see: 404",
      request: async () => ({ url: `/api/v1/scorecards?employeeId=${ids.employee}` }),
      expected: statuses(404, { employee: 200, manager: 200, hr: 200, admin: 200 }),
    },
    {
      method: "GET",
      route: "/api/v1/scorecards/:id",
      request: async () => ({ url: `/api/v1/scorecards/${ids.scorecard}` }),
      expected: statuses(404, { employee: 200, manager: 200, hr: 200, admin: 200 }),
    },
    {
      method: "POST",
      route: "/api/v1/scorecards/:id/overrides",
      note: "the employee sees their scorecard but cannot change their own targets: 403",
      request: async () => {
        const scorecard = await scorecardsOf(ctx.admin, ids.employee, ids.cycle);
        const detail = await ctx.admin.request("GET", `/api/v1/scorecards/${scorecard[0]?.id}`);
        const kpi = (detail.json() as { items: { kpi: string }[] }).items[0]?.kpi;
        return {
          url: `/api/v1/scorecards/${ids.scorecard}/overrides`,
          body: { kpi, scoring: { method: "linear", baseline: 0, target: 90 }, reason: "Part-time this quarter" },
        };
      },
      expected: statuses(404, { employee: 403, manager: 201, hr: 201, admin: 201 }),
    },
    {
      method: "GET",
      route: "/api/v1/scorecards/:id/measurements",
      request: async () => ({ url: `/api/v1/scorecards/${ids.scorecard}/measurements` }),
      expected: statuses(404, { employee: 200, manager: 200, hr: 200, admin: 200 }),
    },
    {
      method: "POST",
      route: "/api/v1/scorecards/:id/measurements",
      note: "a system-reported KPI: hr and admin only; the person and their manager see it but get 403",
      request: async (actor) => {
        const detail = await ctx.admin.request("GET", `/api/v1/scorecards/${ids.scorecard}`);
        const kpi = (detail.json() as { items: { kpi: string }[] }).items[0]?.kpi;
        // A date of its own per caller, so every cell records a first value.
        const day = String(10 + ACTORS.indexOf(actor)).padStart(2, "0");
        return {
          url: `/api/v1/scorecards/${ids.scorecard}/measurements`,
          body: { kpi, value: 5, date: `2026-01-${day}` },
        };
      },
      expected: statuses(404, { employee: 403, manager: 403, hr: 201, admin: 201 }),
    },
    {
      method: "GET",
      route: "/api/v1/scorecards/:id/score",
      request: async () => ({ url: `/api/v1/scorecards/${ids.scorecard}/score` }),
      expected: statuses(404, { employee: 200, manager: 200, hr: 200, admin: 200 }),
    },
    {
      method: "GET",
      route: "/api/v1/scorecards/:id/trend",
      request: async () => ({ url: `/api/v1/scorecards/${ids.scorecard}/trend` }),
      expected: statuses(404, { employee: 200, manager: 200, hr: 200, admin: 200 }),
    },
    {
      method: "GET",
      route: "/api/v1/teams/overview",
      note: "the caller's own team; hr and admin without an employee record must name a manager: 400",
      request: async () => ({ url: `/api/v1/teams/overview?cycleId=${ids.cycle}` }),
      expected: statuses(200, { hr: 400, admin: 400, otherOrg: 404 }),
    },
    {
      method: "GET",
      route: "/api/v1/teams/overview",
      note: "a named manager the caller may not see: 404",
      request: async () => ({ url: `/api/v1/teams/overview?cycleId=${ids.cycle}&managerEmployeeId=${ids.manager}` }),
      expected: statuses(404, { manager: 200, hr: 200, admin: 200 }),
    },
    {
      method: "GET",
      route: "/api/v1/rollups",
      request: async () => ({ url: `/api/v1/rollups?cycleId=${ids.cycle}&by=team` }),
      expected: statuses(200, { otherOrg: 404 }),
    },
  ];

  it("covers every people, cycle, scorecard and measurement route", () => {
    const covered = new Set(rows.map((r) => `${r.method} ${r.route}`));
    const missing = registeredRoutes(ctx.app)
      .filter((r) => r.method !== "HEAD" && COVERED_PREFIXES.some((p) => r.url === p || r.url.startsWith(`${p}/`)))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !covered.has(key));
    expect(missing).toEqual([]);
    // The matrix must not list routes that do not exist either.
    const registered = new Set(registeredRoutes(ctx.app).map((r) => `${r.method} ${r.url}`));
    expect([...covered].filter((key) => !registered.has(key))).toEqual([]);
  });

  for (const row of rows) {
    it(`${row.method} ${row.route}${row.note ? ` (${row.note})` : ""}`, async () => {
      const actual = {} as Record<Actor, number>;
      for (const actor of ACTORS) {
        const { url, body } = await row.request(actor);
        actual[actor] = (await send(actor, row.method, url, body)).statusCode;
      }
      expect(actual).toEqual(row.expected);
    });
  }

  it("lists show exactly the people each caller may see", async () => {
    const seen = async (actor: Exclude<Actor, "anonymous" | "deactivated">) => {
      const response = await clients[actor].request("GET", "/api/v1/people?includeInactive=true");
      return new Set((response.json() as { items: { id: string }[] }).items.map((p) => p.id));
    };
    expect(await seen("employee")).toEqual(new Set([ids.employee]));
    expect(await seen("peer")).toEqual(new Set([ids.peer]));
    expect(await seen("otherManager")).toEqual(new Set([ids.otherManager, ids.otherReport]));
    const managerSees = await seen("manager");
    for (const id of [ids.manager, ids.employee, ids.peer, ids.deactivated]) expect(managerSees.has(id)).toBe(true);
    expect(managerSees.has(ids.otherManager) || managerSees.has(ids.otherReport)).toBe(false);
    expect((await seen("hr")).has(ids.otherReport)).toBe(true);
    expect((await seen("otherOrg")).size).toBe(0);
  });

  it("scorecard lists never include anyone out of sight", async () => {
    const employeesIn = async (client: TestClient) => {
      const response = await client.request("GET", `/api/v1/scorecards?cycleId=${ids.cycle}`);
      return new Set((response.json() as { items: { employeeId: string }[] }).items.map((s) => s.employeeId));
    };
    expect(await employeesIn(clients.employee)).toEqual(new Set([ids.employee]));
    expect(await employeesIn(clients.otherManager)).toEqual(new Set([ids.otherManager, ids.otherReport]));
    const hrSees = await employeesIn(clients.hr);
    expect(hrSees.has(ids.employee) && hrSees.has(ids.otherReport)).toBe(true);
    const otherOrg = await clients.otherOrg.request("GET", `/api/v1/scorecards?cycleId=${ids.cycle}`);
    expect(otherOrg.statusCode).toBe(404);
  });

  it("indirect reports are in a manager's line", async () => {
    const grandReport = (await createTestPerson(ctx.admin, { roleId: ids.roleId, managerId: ids.employee })).id;
    const response = await clients.manager.request("GET", `/api/v1/people/${grandReport}`);
    expect(response.statusCode).toBe(200);
    const byEmployee = await clients.employee.request("GET", `/api/v1/people/${grandReport}`);
    // The employee role sees only itself, even with reports of its own.
    expect(byEmployee.statusCode).toBe(404);
  });
});
