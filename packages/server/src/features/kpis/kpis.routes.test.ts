import { describe, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";
import { insertFrameworkVersionRow, insertRoleRow } from "../roles/framework-version.factory.js";
import { listKpisForDocument } from "./kpis.repository.js";

let seq = 0;
/** A valid, fully specified quantitative KPI with a unique key. */
function buildKpi(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return {
    key: `kpi-${seq}`,
    name: `KPI ${seq}`,
    description: "Share of qualified opportunities won in the period",
    unit: "%",
    direction: "higher",
    aggregation: "average",
    frequency: "monthly",
    categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
    reporter: "system",
    ...overrides,
  };
}

const ratingKpi = (overrides: Record<string, unknown> = {}) =>
  buildKpi({
    unit: "rating",
    categories: { kind: "qualitative", timing: "leading", focus: "behavioural" },
    ratingScale: {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, description: "Rarely" },
        { value: 5, description: "Always" },
      ],
    },
    ...overrides,
  });

describe("KPI library API", () => {
  describeEachApp("kpis", (ctx) => {
    const create = async (body: Record<string, unknown>) => {
      const response = await ctx.admin.request("POST", "/api/v1/kpis", body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; key: string };
    };

    it("creates, reads, patches (null clears) and archives a KPI", async () => {
      const body = buildKpi({
        balance: "volume",
        family: "Sales",
        formula: "won / qualified",
        dataSource: "CRM",
        suggested: { baseline: 20, target: 30, stretch: 35 },
      });
      const created = await ctx.admin.request("POST", "/api/v1/kpis", body);
      expect(created.statusCode).toBe(201);
      const kpi = created.json();
      const { key, ...rest } = body;
      expect(kpi).toMatchObject({ key, ...rest, ratingScale: null, archived: false, usedBy: [] });
      expect((await ctx.admin.request("GET", `/api/v1/kpis/${kpi.id}`)).json()).toEqual(kpi);

      const patched = await ctx.admin.request("PATCH", `/api/v1/kpis/${kpi.id}`, {
        name: "Win rate",
        formula: null,
        categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({
        name: "Win rate",
        formula: null,
        dataSource: "CRM",
        unit: "%",
        categories: { timing: "leading" },
      });

      const archived = await ctx.admin.request("POST", `/api/v1/kpis/${kpi.id}/archive`);
      expect(archived.json().archived).toBe(true);
      const live = (await ctx.admin.request("GET", "/api/v1/kpis")).json().items.map((k: { id: string }) => k.id);
      expect(live).not.toContain(kpi.id);
      const all = (await ctx.admin.request("GET", "/api/v1/kpis?includeArchived=true")).json().items;
      expect(all.map((k: { id: string }) => k.id)).toContain(kpi.id);
      expect((await ctx.admin.request("POST", `/api/v1/kpis/${kpi.id}/unarchive`)).json().archived).toBe(false);
    });

    it("filters by search, family and each category", async () => {
      const nps = await create(buildKpi({ name: "Net promoter score", family: "Support-F" }));
      const courses = await create(
        buildKpi({
          name: "Courses completed",
          family: "Support-F",
          categories: { kind: "quantitative", timing: "leading", focus: "development" },
        }),
      );
      const conduct = await create(ratingKpi({ name: "Code of conduct", family: "Other-F" }));
      const ids = async (query: string) =>
        (await ctx.admin.request("GET", `/api/v1/kpis?${query}`)).json().items.map((k: { id: string }) => k.id);

      expect(await ids("search=promoter")).toEqual([nps.id]);
      expect(await ids("family=Support-F")).toEqual([courses.id, nps.id]);
      expect(await ids("family=Support-F&timing=leading")).toEqual([courses.id]);
      expect(await ids("family=Support-F&focus=development")).toEqual([courses.id]);
      expect(await ids("kind=qualitative&family=Other-F")).toEqual([conduct.id]);
      expect((await ctx.admin.request("GET", "/api/v1/kpis?kind=vibes")).statusCode).toBe(400);
    });

    it("validates rating scales with 400 naming the field", async () => {
      expect((await ctx.admin.request("POST", "/api/v1/kpis", ratingKpi())).statusCode).toBe(201);
      const inverted = await ctx.admin.request(
        "POST",
        "/api/v1/kpis",
        ratingKpi({ ratingScale: { min: 5, max: 1, anchors: [] } }),
      );
      expect(inverted.statusCode).toBe(400);
      expect(inverted.json().error.issues[0].path).toBe("ratingScale.max");
      const outside = await ctx.admin.request(
        "POST",
        "/api/v1/kpis",
        ratingKpi({
          ratingScale: {
            min: 1,
            max: 5,
            anchors: [
              { value: 1, description: "x" },
              { value: 7, description: "y" },
            ],
          },
        }),
      );
      expect(outside.statusCode).toBe(400);
      expect(outside.json().error.issues[0].path).toBe("ratingScale.anchors.1.value");
      expect(outside.json().error.message).toContain("1..5");

      const kpi = await create(ratingKpi());
      const badPatch = await ctx.admin.request("PATCH", `/api/v1/kpis/${kpi.id}`, {
        ratingScale: { min: 0, max: 0, anchors: [] },
      });
      expect(badPatch.statusCode).toBe(400);
      expect(badPatch.json().error.issues[0].path).toBe("ratingScale.max");
    });

    it("reports usedBy from current framework versions and refuses deleting a used KPI", async () => {
      const used = await create(buildKpi({ key: "used-kpi" }));
      const unused = await create(buildKpi());
      const roleId = await insertRoleRow(ctx.database.db, ctx.admin.organizationId, "kpi-using-role");
      const add = (version: number, status: "draft" | "published", kpi: string) =>
        insertFrameworkVersionRow(ctx.database.db, {
          organizationId: ctx.admin.organizationId,
          roleId,
          version,
          status,
          assignments: [{ kpi }],
        });
      await add(1, "published", "used-kpi");
      await add(2, "published", "other-kpi");
      await add(3, "draft", "used-kpi");

      const detail = (await ctx.admin.request("GET", `/api/v1/kpis/${used.id}`)).json();
      // v1 is neither the latest (v3) nor the latest published (v2): only v3 counts.
      expect(detail.usedBy).toEqual([
        { roleId, roleKey: "kpi-using-role", roleTitle: "kpi-using-role", version: 3, status: "draft" },
      ]);

      const refused = await ctx.admin.request("DELETE", `/api/v1/kpis/${used.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toContain("kpi-using-role v3 (draft)");
      expect(refused.json().error.message).toContain("kpi-using-role v1 (published)");
      expect((await ctx.admin.request("DELETE", `/api/v1/kpis/${unused.id}`)).statusCode).toBe(204);
      expect((await ctx.admin.request("GET", `/api/v1/kpis/${unused.id}`)).statusCode).toBe(404);
    });

    it("keeps organizations apart (404) and enforces roles (403/401)", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const theirs = (await other.request("POST", "/api/v1/kpis", buildKpi())).json();
      for (const [method, url] of [
        ["GET", `/api/v1/kpis/${theirs.id}`],
        ["PATCH", `/api/v1/kpis/${theirs.id}`],
        ["POST", `/api/v1/kpis/${theirs.id}/archive`],
        ["DELETE", `/api/v1/kpis/${theirs.id}`],
      ] as const) {
        const response = await ctx.admin.request(method, url, method === "PATCH" ? { name: "x" } : undefined);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
      const employee = await signInAs(ctx, "employee");
      expect((await employee.request("GET", "/api/v1/kpis")).statusCode).toBe(200);
      expect((await employee.request("POST", "/api/v1/kpis", buildKpi())).statusCode).toBe(403);
      const mine = await create(buildKpi());
      expect((await employee.request("POST", `/api/v1/kpis/${mine.id}/archive`)).statusCode).toBe(403);
      const hr = await signInAs(ctx, "hr");
      expect((await hr.request("PATCH", `/api/v1/kpis/${mine.id}`, { unit: "count" })).statusCode).toBe(200);
      expect((await ctx.app.inject({ method: "GET", url: "/api/v1/kpis" })).statusCode).toBe(401);
    });

    it("answers 409 for a duplicate key and 400 for a key change or unknown field", async () => {
      const kpi = await create(buildKpi({ key: "dup-kpi" }));
      const dup = await ctx.admin.request("POST", "/api/v1/kpis", buildKpi({ key: "dup-kpi" }));
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.issues[0].path).toBe("key");
      const rekey = await ctx.admin.request("PATCH", `/api/v1/kpis/${kpi.id}`, { key: "renamed" });
      expect(rekey.statusCode).toBe(400);
      expect(rekey.json().error.message).toContain("key cannot be changed");
      const unknown = await ctx.admin.request("POST", "/api/v1/kpis", buildKpi({ owner: "me" }));
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.issues[0].path).toBe("owner");
      const archivedOnCreate = await ctx.admin.request("POST", "/api/v1/kpis", buildKpi({ archived: true }));
      expect(archivedOnCreate.statusCode).toBe(400);
    });

    it("exports KPIs in the model's shape, archived ones marked", async () => {
      const other = await otherOrganizationAdmin(ctx);
      const scale = { min: 1, max: 3, anchors: [{ value: 2, description: "Solid" }] };
      await other.request("POST", "/api/v1/kpis", {
        key: "b-conduct",
        name: "Conduct",
        categories: { kind: "qualitative", timing: "leading", focus: "behavioural" },
        ratingScale: scale,
      });
      const old = (
        await other.request("POST", "/api/v1/kpis", {
          key: "a-old",
          name: "Old",
          unit: "count",
          categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
          balance: "volume",
        })
      ).json();
      await other.request("POST", `/api/v1/kpis/${old.id}/archive`);
      expect(await listKpisForDocument(ctx.database.db, other.organizationId)).toEqual([
        {
          key: "a-old",
          name: "Old",
          unit: "count",
          categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
          reporter: "manager",
          balance: "volume",
          archived: true,
        },
        {
          key: "b-conduct",
          name: "Conduct",
          categories: { kind: "qualitative", timing: "leading", focus: "behavioural" },
          reporter: "manager",
          ratingScale: scale,
        },
      ]);
    });
  });
});
