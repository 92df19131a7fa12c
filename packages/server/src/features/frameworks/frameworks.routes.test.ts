import { describe, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import { roleIdByKey, salesDocument, seedDocument } from "../framework-document/document.factories.js";

const ROLE = "sales.account-executive";
const publishBody = { effectiveDate: "2026-01-01", changelog: "First version" };

describeEachApp("role framework versions", (ctx) => {
  /** A fresh organization with the sales family imported (drafts v1) and the account executive's id. */
  async function seeded(): Promise<{ admin: TestClient; roleId: string; base: string }> {
    const admin = await otherOrganizationAdmin(ctx);
    await seedDocument(admin, salesDocument());
    const roleId = await roleIdByKey(ctx.database, admin.organizationId, ROLE);
    return { admin, roleId, base: `/api/v1/roles/${roleId}/framework/versions` };
  }

  async function contentOf(admin: TestClient, url: string) {
    const body = (await admin.request("GET", url)).json();
    return { missingData: body.missingData, sections: body.sections, assignments: body.assignments };
  }

  describe("list, get, create", () => {
    it("lists versions and returns one with its content and lint findings", async () => {
      const { admin, base } = await seeded();
      const list = await admin.request("GET", base);
      expect(list.statusCode).toBe(200);
      expect(list.json().items).toEqual([
        expect.objectContaining({ version: 1, status: "draft", kpiCount: 7, effectiveDate: null }),
      ]);
      const one = await admin.request("GET", `${base}/1`);
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({ version: 1, roleKey: ROLE, status: "draft" });
      expect(one.json().assignments).toHaveLength(7);
      expect(Array.isArray(one.json().findings)).toBe(true);
      expect(one.json().findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    });

    it("allows one draft at a time (409), copies the latest version or starts empty", async () => {
      const { admin, base } = await seeded();
      const second = await admin.request("POST", base, {});
      expect(second.statusCode).toBe(409);
      expect(second.json().error.message).toMatch(/already has a draft \(version 1\)/);
      expect((await admin.request("POST", `${base}/1/publish`, publishBody)).statusCode).toBe(200);

      const copy = await admin.request("POST", base, { source: "latest" });
      expect(copy.statusCode).toBe(201);
      expect(copy.json()).toMatchObject({ version: 2, status: "draft" });
      expect(await contentOf(admin, `${base}/2`)).toEqual(await contentOf(admin, `${base}/1`));
      expect((await admin.request("DELETE", `${base}/2`)).statusCode).toBe(204);

      const empty = await admin.request("POST", base, { source: "empty" });
      expect(empty.statusCode).toBe(201);
      expect(empty.json()).toMatchObject({ version: 2, assignments: [], sections: [], missingData: "exclude" });
      // An empty framework is reported, not refused, until someone tries to publish it.
      expect(empty.json().findings.some((f: { rule: string }) => f.rule === "framework.kpi-count")).toBe(true);
      const publishEmpty = await admin.request("POST", `${base}/2/publish`, publishBody);
      expect(publishEmpty.statusCode).toBe(409);
      expect(publishEmpty.json().error.issues).toEqual([
        { path: "assignments", message: "add at least one KPI assignment" },
      ]);
    });

    it("creates without a body (copy of the latest) and refuses unknown body fields", async () => {
      const { admin, base } = await seeded();
      await admin.request("POST", `${base}/1/publish`, publishBody);
      const bad = await admin.request("POST", base, { source: "latest", extra: 1 });
      expect(bad.statusCode).toBe(400);
      const created = await ctx.app.inject({
        method: "POST",
        url: base,
        headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().assignments).toHaveLength(7);
    });
  });

  describe("edit, publish, delete", () => {
    it("replaces a draft's content, validating every key", async () => {
      const { admin, base } = await seeded();
      const content = await contentOf(admin, `${base}/1`);
      content.missingData = "zero";
      content.assignments[0].weight = 30;
      content.assignments[1].weight = 10;
      const saved = await admin.request("PUT", `${base}/1`, content);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ missingData: "zero" });
      expect(saved.json().assignments[0].weight).toBe(30);

      content.assignments[2].kpi = "no.such-kpi";
      content.assignments[3].objectives = ["no.such-objective"];
      content.assignments[4].responsibility = "no.such-responsibility";
      content.assignments[5].section = "no-section";
      const refused = await admin.request("PUT", `${base}/1`, content);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
        "assignments.2.kpi",
        "assignments.3.objectives.0",
        "assignments.4.responsibility",
        "assignments.5.section",
      ]);
    });

    it("refuses invalid bodies with 400 naming the field", async () => {
      const { admin, base } = await seeded();
      const content = await contentOf(admin, `${base}/1`);
      content.assignments[0].scoring = { method: "linear", baseline: "x" };
      const response = await admin.request("PUT", `${base}/1`, content);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toMatch(/^assignments\.0\.scoring/);
      expect((await admin.request("GET", `${base}/abc`)).statusCode).toBe(400);
      expect((await admin.request("GET", "/api/v1/roles/not-a-uuid/framework/versions")).statusCode).toBe(400);
      const publish = await admin.request("POST", `${base}/1/publish`, { effectiveDate: "someday", changelog: "" });
      expect(publish.statusCode).toBe(400);
    });

    it("keeps published versions immutable (409) and deletes only drafts", async () => {
      const { admin, base } = await seeded();
      const content = await contentOf(admin, `${base}/1`);
      const published = await admin.request("POST", `${base}/1/publish`, publishBody);
      expect(published.statusCode).toBe(200);
      expect(published.json()).toMatchObject({
        status: "published",
        effectiveDate: "2026-01-01",
        changelog: "First version",
      });
      expect(published.json().publishedAt).toEqual(expect.any(String));
      expect(published.json().publishedBy).toEqual({ id: admin.userId, name: expect.any(String) });
      const listed = (await admin.request("GET", base)).json().items[0];
      expect(listed.publishedBy).toEqual(published.json().publishedBy);

      content.assignments[0].weight = 99;
      const edit = await admin.request("PUT", `${base}/1`, content);
      expect(edit.statusCode).toBe(409);
      expect(edit.json().error.message).toBe("Published versions cannot be edited; create a new draft.");
      expect((await admin.request("DELETE", `${base}/1`)).statusCode).toBe(409);
      expect((await admin.request("POST", `${base}/1/publish`, publishBody)).statusCode).toBe(409);
      expect((await admin.request("GET", `${base}/1`)).json().assignments[0].weight).not.toBe(99);
    });

    it("refuses to publish while lint reports errors, listing them", async () => {
      const { admin, base } = await seeded();
      const content = await contentOf(admin, `${base}/1`);
      content.assignments[0].weight += 7;
      await admin.request("PUT", `${base}/1`, content);
      const refused = await admin.request("POST", `${base}/1/publish`, publishBody);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/^framework\.weights: /) })]),
      );
      expect((await admin.request("GET", `${base}/1`)).json().status).toBe("draft");

      // Switching the rule off for the organization lets the same draft through.
      const settings = await admin.request("PUT", "/api/v1/settings", {
        disabledRules: ["framework.weights"],
        ratingScale: [{ from: 0, rating: 1, label: "All" }],
      });
      expect(settings.statusCode).toBe(200);
      expect((await admin.request("POST", `${base}/1/publish`, publishBody)).statusCode).toBe(200);
    });

    it("needs a design role to write (403) and a session (401); members can read", async () => {
      const { admin, base } = await seeded();
      const employee = await signInAs(ctx, "employee", admin.organizationId);
      expect((await employee.request("GET", `${base}/1`)).statusCode).toBe(200);
      expect((await employee.request("POST", base, {})).statusCode).toBe(403);
      expect((await employee.request("PUT", `${base}/1`, await contentOf(admin, `${base}/1`))).statusCode).toBe(403);
      expect((await employee.request("DELETE", `${base}/1`)).statusCode).toBe(403);
      expect((await employee.request("POST", `${base}/1/publish`, publishBody)).statusCode).toBe(403);
      const hr = await signInAs(ctx, "hr", admin.organizationId);
      expect((await hr.request("POST", `${base}/1/publish`, publishBody)).statusCode).toBe(200);
      expect((await ctx.app.inject({ method: "GET", url: base })).statusCode).toBe(401);
    });

    it("answers 404 for a missing version and for another organization's role", async () => {
      const { admin, base } = await seeded();
      expect((await admin.request("GET", `${base}/9`)).statusCode).toBe(404);
      expect((await admin.request("DELETE", `${base}/9`)).statusCode).toBe(404);
      const stranger = await otherOrganizationAdmin(ctx);
      for (const [method, url, body] of [
        ["GET", base, undefined],
        ["GET", `${base}/1`, undefined],
        ["POST", base, {}],
        ["PUT", `${base}/1`, await contentOf(admin, `${base}/1`)],
        ["DELETE", `${base}/1`, undefined],
        ["POST", `${base}/1/publish`, publishBody],
        ["GET", `${base}/diff?from=1&to=1`, undefined],
      ] as const) {
        const response = await stranger.request(method, url, body);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
      expect((await admin.request("GET", `${base}/1`)).json().status).toBe("draft");
    });
  });

  describe("diff", () => {
    it("lists KPIs added and removed, weight/scoring/link changes, sections and policy", async () => {
      const { admin, base } = await seeded();
      await admin.request("POST", `${base}/1/publish`, publishBody);
      await admin.request("POST", base, { source: "latest" });
      const content = await contentOf(admin, `${base}/2`);
      const removed = content.assignments.pop();
      content.assignments[0].weight += removed.weight;
      content.assignments[1].scoring = { ...content.assignments[1].scoring, target: 30 };
      content.assignments[1].objectives = ["sales.grow-new-revenue"];
      content.missingData = "zero";
      content.sections = [{ key: "results", name: "Results", weight: 100 }];
      content.assignments[2].section = "results";
      content.assignments.push({ ...removed, kpi: "sales.qualified-meetings", weight: 0 });
      const saved = await admin.request("PUT", `${base}/2`, content);
      expect(saved.statusCode, saved.body).toBe(200);

      const diff = await admin.request("GET", `${base}/diff?from=1&to=2`);
      expect(diff.statusCode).toBe(200);
      const body = diff.json();
      expect(body.kpis.added).toEqual([{ kpi: "sales.qualified-meetings", weight: 0 }]);
      expect(body.kpis.removed).toEqual([{ kpi: removed.kpi, weight: removed.weight }]);
      expect(body.missingData).toEqual({ from: "exclude", to: "zero" });
      expect(body.sections.added).toEqual([{ key: "results", name: "Results", weight: 100 }]);
      const winRate = body.kpis.changed.find((c: { kpi: string }) => c.kpi === "sales.win-rate");
      expect(winRate.changes).toEqual([
        { field: "scoring.target", from: 25, to: 30 },
        {
          field: "objectives",
          from: ["sales.grow-new-revenue", "sales.predictable-pipeline"],
          to: ["sales.grow-new-revenue"],
        },
      ]);
      expect(body.lines).toContain("KPI sales.win-rate: scoring.target 25 → 30");
      expect(body.lines).toContain("KPI sales.win-rate: linked objectives −sales.predictable-pipeline");
      expect(body.lines).toContain("Missing-data policy: exclude → zero");
      expect(body.lines).toContain(`Removed KPI ${removed.kpi} (was weight ${removed.weight}%)`);

      const same = await admin.request("GET", `${base}/diff?from=1&to=1`);
      expect(same.json().lines).toEqual(["No differences"]);
      expect((await admin.request("GET", `${base}/diff?from=1&to=7`)).statusCode).toBe(404);
      expect((await admin.request("GET", `${base}/diff?from=x&to=1`)).statusCode).toBe(400);
    });
  });
});
