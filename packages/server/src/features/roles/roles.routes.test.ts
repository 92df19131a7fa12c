import { describe, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";
import { insertFrameworkVersionRow } from "./framework-version.factory.js";
import { listRolesForDocument } from "./roles.repository.js";

let seq = 0;
/** A valid create body with a unique key. */
function buildRole(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return {
    key: `role-${seq}`,
    title: `Role ${seq}`,
    responsibilities: [
      { key: "pipeline", text: "Build a qualified pipeline" },
      { key: "closing", text: "Close deals" },
    ],
    expectedOutcomes: ["Quota met"],
    ...overrides,
  };
}

describe("roles API", () => {
  describeEachApp("roles", (ctx) => {
    const create = async (overrides: Record<string, unknown> = {}) => {
      const response = await ctx.admin.request("POST", "/api/v1/roles", buildRole(overrides));
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; key: string };
    };
    const version = (roleId: string, n: number, status: "draft" | "published", responsibility?: string) =>
      insertFrameworkVersionRow(ctx.database.db, {
        organizationId: ctx.admin.organizationId,
        roleId,
        version: n,
        status,
        assignments: [{ kpi: "win-rate", ...(responsibility ? { responsibility } : {}) }],
      });

    it("creates, reads with org unit and framework summary, edits and lists", async () => {
      const unit = (await ctx.admin.request("POST", "/api/v1/org-units", { key: "sales-dept", name: "Sales" })).json();
      const created = await ctx.admin.request(
        "POST",
        "/api/v1/roles",
        buildRole({ family: "Sales", orgUnitId: unit.id }),
      );
      expect(created.statusCode).toBe(201);
      const role = created.json();
      expect(role).toMatchObject({
        family: "Sales",
        orgUnitId: unit.id,
        orgUnit: { id: unit.id, key: "sales-dept", name: "Sales" },
        responsibilities: [{ key: "pipeline" }, { key: "closing" }],
        expectedOutcomes: ["Quota met"],
        framework: { latest: null, latestPublished: null },
      });

      await version(role.id, 1, "published");
      await version(role.id, 2, "draft");
      const read = (await ctx.admin.request("GET", `/api/v1/roles/${role.id}`)).json();
      expect(read.framework.latest).toMatchObject({ version: 2, status: "draft" });
      expect(read.framework.latestPublished).toMatchObject({ version: 1, status: "published" });

      const patched = await ctx.admin.request("PATCH", `/api/v1/roles/${role.id}`, {
        title: "Senior Account Executive",
        orgUnitId: null,
        expectedOutcomes: [],
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({ title: "Senior Account Executive", orgUnit: null, expectedOutcomes: [] });
    });

    it("searches by text and filters by family and org unit", async () => {
      const unit = (
        await ctx.admin.request("POST", "/api/v1/org-units", { key: "support-dept", name: "Support" })
      ).json();
      const agent = await create({ title: "Support Agent 100%", family: "Customer Support", orgUnitId: unit.id });
      const lead = await create({ title: "Support Lead", family: "Customer Support" });
      const analyst = await create({
        title: "Finance Analyst",
        family: "Finance",
        description: "Owns the support budget",
      });
      const ids = async (query: string) =>
        (await ctx.admin.request("GET", `/api/v1/roles?${query}`)).json().items.map((r: { id: string }) => r.id);

      expect(await ids("search=SUPPORT")).toEqual(expect.arrayContaining([agent.id, lead.id, analyst.id]));
      expect(await ids("search=agent")).toEqual([agent.id]);
      expect(await ids("search=100%25")).toEqual([agent.id]);
      expect(await ids("search=_")).toEqual([]);
      expect(await ids("family=Finance")).toEqual([analyst.id]);
      expect(await ids(`orgUnitId=${unit.id}`)).toEqual([agent.id]);
      expect(await ids(`family=Customer%20Support&search=lead`)).toEqual([lead.id]);
    });

    it("refuses duplicate responsibility keys naming responsibilities.N.key", async () => {
      const body = buildRole({
        responsibilities: [
          { key: "a", text: "One" },
          { key: "b", text: "Two" },
          { key: "a", text: "Three" },
        ],
      });
      const response = await ctx.admin.request("POST", "/api/v1/roles", body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe("responsibilities.2.key");
    });

    it("refuses removing a responsibility a framework version uses (409), allows unused ones", async () => {
      const role = await create();
      await version(role.id, 1, "draft", "pipeline");
      const removeUsed = await ctx.admin.request("PATCH", `/api/v1/roles/${role.id}`, {
        responsibilities: [{ key: "closing", text: "Close deals" }],
      });
      expect(removeUsed.statusCode).toBe(409);
      expect(removeUsed.json().error.message).toContain('"pipeline"');
      expect(removeUsed.json().error.issues[0].path).toBe("responsibilities");

      const removeUnused = await ctx.admin.request("PATCH", `/api/v1/roles/${role.id}`, {
        responsibilities: [{ key: "pipeline", text: "Build pipeline (edited)" }],
      });
      expect(removeUnused.statusCode).toBe(200);
      expect(removeUnused.json().responsibilities).toEqual([{ key: "pipeline", text: "Build pipeline (edited)" }]);
    });

    it("deletes a role with its drafts; 409 once a version is published", async () => {
      const drafted = await create();
      await version(drafted.id, 1, "draft");
      expect((await ctx.admin.request("DELETE", `/api/v1/roles/${drafted.id}`)).statusCode).toBe(204);
      expect((await ctx.admin.request("GET", `/api/v1/roles/${drafted.id}`)).statusCode).toBe(404);
      const left = await ctx.database.db
        .selectFrom("framework_versions")
        .select("id")
        .where("role_id", "=", drafted.id)
        .execute();
      expect(left).toEqual([]);

      const published = await create();
      await version(published.id, 1, "published");
      const refused = await ctx.admin.request("DELETE", `/api/v1/roles/${published.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toContain("v1");
    });

    it("keeps organizations apart: 404 for their role, 400 for their org unit", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const theirRole = (await other.request("POST", "/api/v1/roles", buildRole())).json();
      const theirUnit = (
        await other.request("POST", "/api/v1/org-units", { key: "their-unit", name: "Theirs" })
      ).json();
      expect((await ctx.admin.request("GET", `/api/v1/roles/${theirRole.id}`)).statusCode).toBe(404);
      expect((await ctx.admin.request("PATCH", `/api/v1/roles/${theirRole.id}`, { title: "x" })).statusCode).toBe(404);
      expect((await ctx.admin.request("DELETE", `/api/v1/roles/${theirRole.id}`)).statusCode).toBe(404);
      const crossUnit = await ctx.admin.request("POST", "/api/v1/roles", buildRole({ orgUnitId: theirUnit.id }));
      expect(crossUnit.statusCode).toBe(400);
      expect(crossUnit.json().error.issues[0].path).toBe("orgUnitId");
      const mine = (await ctx.admin.request("GET", "/api/v1/roles")).json().items.map((r: { id: string }) => r.id);
      expect(mine).not.toContain(theirRole.id);
    });

    it("enforces access: employee reads but cannot write; no session → 401", async () => {
      const employee = await signInAs(ctx, "employee");
      const role = await create();
      expect((await employee.request("GET", `/api/v1/roles/${role.id}`)).statusCode).toBe(200);
      expect((await employee.request("POST", "/api/v1/roles", buildRole())).statusCode).toBe(403);
      expect((await employee.request("PATCH", `/api/v1/roles/${role.id}`, { title: "x" })).statusCode).toBe(403);
      expect((await employee.request("DELETE", `/api/v1/roles/${role.id}`)).statusCode).toBe(403);
      const hr = await signInAs(ctx, "hr");
      expect((await hr.request("PATCH", `/api/v1/roles/${role.id}`, { title: "By HR" })).statusCode).toBe(200);
      expect((await ctx.app.inject({ method: "GET", url: "/api/v1/roles" })).statusCode).toBe(401);
    });

    it("answers 409 for a duplicate key and 400 for a key change or unknown field", async () => {
      const role = await create({ key: "dup-role" });
      const dup = await ctx.admin.request("POST", "/api/v1/roles", buildRole({ key: "dup-role" }));
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.issues[0].path).toBe("key");
      const rekey = await ctx.admin.request("PATCH", `/api/v1/roles/${role.id}`, { key: "renamed" });
      expect(rekey.statusCode).toBe(400);
      expect(rekey.json().error.message).toContain("key cannot be changed");
      const unknown = await ctx.admin.request("POST", "/api/v1/roles", buildRole({ salary: 1 }));
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.issues[0].path).toBe("salary");
    });

    it("exports roles in the document shape, org unit by key", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const unit = (await other.request("POST", "/api/v1/org-units", { key: "it", name: "IT" })).json();
      await other.request("POST", "/api/v1/roles", {
        key: "backend",
        title: "Backend Engineer",
        family: "IT/Development",
        orgUnitId: unit.id,
        responsibilities: [{ key: "ship", text: "Ship features" }],
      });
      await other.request("POST", "/api/v1/roles", { key: "analyst", title: "Analyst" });
      expect(await listRolesForDocument(ctx.database.db, other.organizationId)).toEqual([
        { key: "analyst", title: "Analyst", responsibilities: [], expectedOutcomes: [] },
        {
          key: "backend",
          title: "Backend Engineer",
          family: "IT/Development",
          orgUnit: "it",
          responsibilities: [{ key: "ship", text: "Ship features" }],
          expectedOutcomes: [],
        },
      ]);
    });
  });
});
