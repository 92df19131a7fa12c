import { describe, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";
import { listOrgUnitsForDocument } from "./org-units.repository.js";

let seq = 0;
/** A valid create body with a unique key. */
function buildOrgUnit(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return { key: `unit-${seq}`, name: `Unit ${seq}`, ...overrides };
}

describe("org units API", () => {
  describeEachApp("org units", (ctx) => {
    const create = async (overrides: Record<string, unknown> = {}) => {
      const response = await ctx.admin.request("POST", "/api/v1/org-units", buildOrgUnit(overrides));
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; key: string; name: string; parentId: string | null };
    };

    it("creates, reads, renames, lists and deletes org units", async () => {
      const unit = await create({ name: "Sales" });
      expect(unit).toMatchObject({ name: "Sales", parentId: null });
      expect((await ctx.admin.request("GET", `/api/v1/org-units/${unit.id}`)).json()).toEqual(unit);
      const renamed = await ctx.admin.request("PATCH", `/api/v1/org-units/${unit.id}`, { name: "Sales EMEA" });
      expect(renamed.json().name).toBe("Sales EMEA");
      const list = (await ctx.admin.request("GET", "/api/v1/org-units")).json().items;
      expect(list.map((u: { id: string }) => u.id)).toContain(unit.id);
      expect((await ctx.admin.request("DELETE", `/api/v1/org-units/${unit.id}`)).statusCode).toBe(204);
      expect((await ctx.admin.request("GET", `/api/v1/org-units/${unit.id}`)).statusCode).toBe(404);
    });

    it("lists as a tree", async () => {
      const company = await create({ key: "company" });
      const sales = await create({ key: "company-sales", parentId: company.id });
      await create({ key: "company-sales-emea", parentId: sales.id });
      const items = (await ctx.admin.request("GET", "/api/v1/org-units?format=tree")).json().items;
      const root = items.find((u: { key: string }) => u.key === "company");
      expect(root.children[0].key).toBe("company-sales");
      expect(root.children[0].children[0].key).toBe("company-sales-emea");
    });

    it("refuses self-parent and A→B→A moves with 400 naming parentId", async () => {
      const a = await create();
      const b = await create({ parentId: a.id });
      for (const parentId of [a.id, b.id]) {
        const response = await ctx.admin.request("PATCH", `/api/v1/org-units/${a.id}`, { parentId });
        expect(response.statusCode).toBe(400);
        expect(response.json().error.message).toContain("would create a cycle");
        expect(response.json().error.issues[0].path).toBe("parentId");
      }
      expect((await ctx.admin.request("GET", `/api/v1/org-units/${a.id}`)).json().parentId).toBeNull();
    });

    it("keeps organizations apart: 404 for their unit, 400 for their unit as parent", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const foreign = (await other.request("POST", "/api/v1/org-units", buildOrgUnit())).json();
      expect((await ctx.admin.request("GET", `/api/v1/org-units/${foreign.id}`)).statusCode).toBe(404);
      expect((await ctx.admin.request("PATCH", `/api/v1/org-units/${foreign.id}`, { name: "x" })).statusCode).toBe(404);
      expect((await ctx.admin.request("DELETE", `/api/v1/org-units/${foreign.id}`)).statusCode).toBe(404);
      const crossParent = await ctx.admin.request("POST", "/api/v1/org-units", buildOrgUnit({ parentId: foreign.id }));
      expect(crossParent.statusCode).toBe(400);
      expect(crossParent.json().error.issues[0].path).toBe("parentId");
      const mine = await create();
      const move = await ctx.admin.request("PATCH", `/api/v1/org-units/${mine.id}`, { parentId: foreign.id });
      expect(move.statusCode).toBe(400);
    });

    it("enforces roles: employee 403 on writes, 200 on reads; 401 without a session", async () => {
      const employee = await signInAs(ctx, "employee");
      expect((await employee.request("GET", "/api/v1/org-units")).statusCode).toBe(200);
      expect((await employee.request("POST", "/api/v1/org-units", buildOrgUnit())).statusCode).toBe(403);
      const manager = await signInAs(ctx, "manager");
      expect((await manager.request("POST", "/api/v1/org-units", buildOrgUnit())).statusCode).toBe(403);
      const hr = await signInAs(ctx, "hr");
      expect((await hr.request("POST", "/api/v1/org-units", buildOrgUnit())).statusCode).toBe(201);
      expect((await ctx.app.inject({ method: "GET", url: "/api/v1/org-units" })).statusCode).toBe(401);
    });

    it("answers 409 for a duplicate key, 400 for a key change or an unknown field", async () => {
      const unit = await create({ key: "dup-unit" });
      const dup = await ctx.admin.request("POST", "/api/v1/org-units", buildOrgUnit({ key: "dup-unit" }));
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.issues[0].path).toBe("key");
      const rekey = await ctx.admin.request("PATCH", `/api/v1/org-units/${unit.id}`, { key: "other" });
      expect(rekey.statusCode).toBe(400);
      expect(rekey.json().error.message).toContain("key cannot be changed");
      const unknown = await ctx.admin.request("PATCH", `/api/v1/org-units/${unit.id}`, { manager: "Bo" });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.issues[0].path).toBe("manager");
    });

    it("refuses to delete a unit with child units or roles (409)", async () => {
      const parent = await create();
      await create({ parentId: parent.id });
      const withChild = await ctx.admin.request("DELETE", `/api/v1/org-units/${parent.id}`);
      expect(withChild.statusCode).toBe(409);
      expect(withChild.json().error.message).toContain("child units");

      const unit = await create();
      const role = await ctx.admin.request("POST", "/api/v1/roles", {
        key: `role-in-${unit.key}`,
        title: "Account Executive",
        orgUnitId: unit.id,
      });
      expect(role.statusCode, role.body).toBe(201);
      const withRole = await ctx.admin.request("DELETE", `/api/v1/org-units/${unit.id}`);
      expect(withRole.statusCode).toBe(409);
      expect(withRole.json().error.message).toContain(`role-in-${unit.key}`);
    });

    it("exports units in the document shape, parents first", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const root = (await other.request("POST", "/api/v1/org-units", { key: "z-company", name: "Company" })).json();
      await other.request("POST", "/api/v1/org-units", { key: "a-team", name: "Team", parentId: root.id });
      expect(await listOrgUnitsForDocument(ctx.database.db, other.organizationId)).toEqual([
        { key: "z-company", name: "Company" },
        { key: "a-team", name: "Team", parent: "z-company" },
      ]);
    });
  });
});
