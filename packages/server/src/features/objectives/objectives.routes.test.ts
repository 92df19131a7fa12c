import { describe, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";
import { insertFrameworkVersionRow, insertRoleRow } from "../roles/framework-version.factory.js";
import { listObjectivesForDocument } from "./objectives.repository.js";

let seq = 0;
/** A valid create body with a unique key. */
function buildObjective(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return { key: `obj-${seq}`, title: `Objective ${seq}`, ...overrides };
}

describe("objectives API", () => {
  describeEachApp("objectives", (ctx) => {
    const create = async (overrides: Record<string, unknown> = {}) => {
      const response = await ctx.admin.request("POST", "/api/v1/objectives", buildObjective(overrides));
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; key: string; parentId: string | null };
    };

    it("creates, reads, renames and lists objectives", async () => {
      const created = await create({ title: "Grow revenue", perspective: "financial", owner: "CFO" });
      expect(created).toMatchObject({
        title: "Grow revenue",
        perspective: "financial",
        parentId: null,
        archived: false,
      });
      const read = await ctx.admin.request("GET", `/api/v1/objectives/${created.id}`);
      expect(read.json()).toEqual(created);

      const patched = await ctx.admin.request("PATCH", `/api/v1/objectives/${created.id}`, {
        title: "Grow recurring revenue",
        description: "30% a year",
        owner: null,
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({ title: "Grow recurring revenue", description: "30% a year", owner: null });

      const list = await ctx.admin.request("GET", "/api/v1/objectives");
      expect(list.json().items.map((o: { id: string }) => o.id)).toContain(created.id);
    });

    it("lists as a tree with nested children", async () => {
      const root = await create({ key: "tree-root" });
      const child = await create({ key: "tree-root-child", parentId: root.id });
      await create({ key: "tree-root-grandchild", parentId: child.id });
      const response = await ctx.admin.request("GET", "/api/v1/objectives?format=tree");
      expect(response.statusCode).toBe(200);
      const node = response.json().items.find((o: { key: string }) => o.key === "tree-root");
      expect(node.children.map((c: { key: string }) => c.key)).toEqual(["tree-root-child"]);
      expect(node.children[0].children.map((c: { key: string }) => c.key)).toEqual(["tree-root-grandchild"]);
    });

    it("refuses a self-parent and an A→B→A cycle with 400 naming parentId", async () => {
      const a = await create();
      const b = await create({ parentId: a.id });
      const self = await ctx.admin.request("PATCH", `/api/v1/objectives/${a.id}`, { parentId: a.id });
      expect(self.statusCode).toBe(400);
      expect(self.json().error.message).toContain("would create a cycle");
      expect(self.json().error.issues[0].path).toBe("parentId");
      const loop = await ctx.admin.request("PATCH", `/api/v1/objectives/${a.id}`, { parentId: b.id });
      expect(loop.statusCode).toBe(400);
      expect(loop.json().error.issues[0].path).toBe("parentId");
      // Moving to the top level is fine.
      const top = await ctx.admin.request("PATCH", `/api/v1/objectives/${b.id}`, { parentId: null });
      expect(top.json().parentId).toBeNull();
    });

    it("refuses a missing or another organization's parent with 400", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const foreign = await other.request("POST", "/api/v1/objectives", buildObjective());
      expect(foreign.statusCode).toBe(201);
      const crossOrg = await ctx.admin.request(
        "POST",
        "/api/v1/objectives",
        buildObjective({ parentId: foreign.json().id }),
      );
      expect(crossOrg.statusCode).toBe(400);
      expect(crossOrg.json().error.issues[0].path).toBe("parentId");
      const mine = await create();
      const missing = await ctx.admin.request("PATCH", `/api/v1/objectives/${mine.id}`, {
        parentId: "00000000-0000-4000-8000-000000000000",
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.issues[0].path).toBe("parentId");
    });

    it("answers 404 for another organization's objective, and 400 for a non-UUID id", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const foreign = (await other.request("POST", "/api/v1/objectives", buildObjective())).json();
      expect((await ctx.admin.request("GET", `/api/v1/objectives/${foreign.id}`)).statusCode).toBe(404);
      expect((await ctx.admin.request("PATCH", `/api/v1/objectives/${foreign.id}`, { title: "x" })).statusCode).toBe(
        404,
      );
      expect((await ctx.admin.request("DELETE", `/api/v1/objectives/${foreign.id}`)).statusCode).toBe(404);
      expect((await ctx.admin.request("POST", `/api/v1/objectives/${foreign.id}/archive`)).statusCode).toBe(404);
      expect((await ctx.admin.request("GET", "/api/v1/objectives/not-a-uuid")).statusCode).toBe(400);
      const theirList = (await other.request("GET", "/api/v1/objectives")).json().items;
      expect(theirList.map((o: { id: string }) => o.id)).toEqual([foreign.id]);
    });

    it("lets hr write, employees only read, and strangers nothing", async () => {
      const hr = await signInAs(ctx, "hr");
      expect((await hr.request("POST", "/api/v1/objectives", buildObjective())).statusCode).toBe(201);
      const employee = await signInAs(ctx, "employee");
      expect((await employee.request("GET", "/api/v1/objectives")).statusCode).toBe(200);
      expect((await employee.request("POST", "/api/v1/objectives", buildObjective())).statusCode).toBe(403);
      const mine = await create();
      expect((await employee.request("PATCH", `/api/v1/objectives/${mine.id}`, { title: "x" })).statusCode).toBe(403);
      expect((await employee.request("DELETE", `/api/v1/objectives/${mine.id}`)).statusCode).toBe(403);
      const anonymous = await ctx.app.inject({ method: "GET", url: "/api/v1/objectives" });
      expect(anonymous.statusCode).toBe(401);
    });

    it("answers 409 naming key for a duplicate, 400 for a key change and for unknown fields", async () => {
      const first = await create({ key: "dup-objective" });
      const again = await ctx.admin.request("POST", "/api/v1/objectives", buildObjective({ key: "dup-objective" }));
      expect(again.statusCode).toBe(409);
      expect(again.json().error.issues[0].path).toBe("key");
      const rekey = await ctx.admin.request("PATCH", `/api/v1/objectives/${first.id}`, { key: "new-key" });
      expect(rekey.statusCode).toBe(400);
      expect(rekey.json().error.message).toContain("key cannot be changed");
      const unknown = await ctx.admin.request("POST", "/api/v1/objectives", buildObjective({ colour: "red" }));
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.issues[0].path).toBe("colour");
      const badKey = await ctx.admin.request("POST", "/api/v1/objectives", buildObjective({ key: "Not A Key" }));
      expect(badKey.statusCode).toBe(400);
      expect(badKey.json().error.issues[0].path).toBe("key");
    });

    it("archives: 409 with live children unless cascade; hidden unless includeArchived; unarchives", async () => {
      const parent = await create();
      const child = await create({ parentId: parent.id });
      const refused = await ctx.admin.request("POST", `/api/v1/objectives/${parent.id}/archive`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toContain(child.key);

      const cascaded = await ctx.admin.request("POST", `/api/v1/objectives/${parent.id}/archive?cascade=true`);
      expect(cascaded.statusCode).toBe(200);
      expect(cascaded.json().archived).toBe(true);
      expect((await ctx.admin.request("GET", `/api/v1/objectives/${child.id}`)).json().archived).toBe(true);

      const live = (await ctx.admin.request("GET", "/api/v1/objectives")).json().items.map((o: { id: string }) => o.id);
      expect(live).not.toContain(parent.id);
      const all = (await ctx.admin.request("GET", "/api/v1/objectives?includeArchived=true")).json().items;
      expect(all.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([parent.id, child.id]));

      // A child cannot come back before its parent, nor go under an archived parent.
      expect((await ctx.admin.request("POST", `/api/v1/objectives/${child.id}/unarchive`)).statusCode).toBe(409);
      const underArchived = await ctx.admin.request(
        "POST",
        "/api/v1/objectives",
        buildObjective({ parentId: parent.id }),
      );
      expect(underArchived.statusCode).toBe(400);
      const back = await ctx.admin.request("POST", `/api/v1/objectives/${parent.id}/unarchive`);
      expect(back.json().archived).toBe(false);
    });

    it("deletes an unreferenced objective; 409 when it has children or a framework links it", async () => {
      const lonely = await create();
      expect((await ctx.admin.request("DELETE", `/api/v1/objectives/${lonely.id}`)).statusCode).toBe(204);
      expect((await ctx.admin.request("GET", `/api/v1/objectives/${lonely.id}`)).statusCode).toBe(404);

      const parent = await create();
      await create({ parentId: parent.id });
      const withChild = await ctx.admin.request("DELETE", `/api/v1/objectives/${parent.id}`);
      expect(withChild.statusCode).toBe(409);
      expect(withChild.json().error.message).toContain("child");

      const linked = await create({ key: "linked-objective" });
      const roleId = await insertRoleRow(ctx.database.db, ctx.admin.organizationId, "objective-linking-role");
      await insertFrameworkVersionRow(ctx.database.db, {
        organizationId: ctx.admin.organizationId,
        roleId,
        version: 1,
        status: "draft",
        assignments: [{ kpi: "some-kpi", objectives: ["linked-objective"] }],
      });
      const inUse = await ctx.admin.request("DELETE", `/api/v1/objectives/${linked.id}`);
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json().error.message).toContain("objective-linking-role v1 (draft)");
      expect(inUse.json().error.message).toContain("Archive");
    });

    it("exports objectives in the document shape, parents first, parent by key", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const root = (await other.request("POST", "/api/v1/objectives", { key: "z-root", title: "Root" })).json();
      await other.request("POST", "/api/v1/objectives", {
        key: "a-child",
        title: "Child",
        parentId: root.id,
        perspective: "customer",
      });
      const archived = (await other.request("POST", "/api/v1/objectives", { key: "m-old", title: "Old" })).json();
      await other.request("POST", `/api/v1/objectives/${archived.id}/archive`);
      const document = await listObjectivesForDocument(ctx.database.db, other.organizationId);
      expect(document).toEqual([
        { key: "m-old", title: "Old", archived: true },
        { key: "z-root", title: "Root" },
        { key: "a-child", title: "Child", perspective: "customer", parent: "z-root" },
      ]);
    });
  });
});
