import { serializeFrameworkYaml } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";
import { buildKpi, countRows, roleIdByKey, salesDocument, seedDocument } from "./document.factories.js";

type Change = { kind: string; key: string; action: string; fields?: string[] };

describeEachApp("framework document export/import", (ctx) => {
  describe("POST /api/v1/framework/import", () => {
    it("plans on a dry run without writing, then commits every record", async () => {
      const admin = await otherOrganizationAdmin(ctx);
      const dry = await admin.request("POST", "/api/v1/framework/import?dryRun=true", salesDocument());
      expect(dry.statusCode, dry.body).toBe(200);
      const planned = dry.json() as { dryRun: boolean; changes: Change[]; findings: unknown[] };
      expect(planned.dryRun).toBe(true);
      expect(planned.changes).toContainEqual({ kind: "kpi", key: "sales.win-rate", action: "create" });
      expect(planned.changes).toContainEqual({ kind: "framework", key: "sales.account-executive", action: "create" });
      expect(await countRows(ctx.database, admin.organizationId)).toMatchObject({ kpis: 0, roles: 0, versions: 0 });

      const result = await seedDocument(admin, salesDocument());
      expect(result.changes.every((c) => c.action === "create" || c.kind === "settings")).toBe(true);
      expect(await countRows(ctx.database, admin.organizationId)).toMatchObject({
        objectives: 3,
        orgUnits: 1,
        roles: 2,
        kpis: 10,
        versions: 2,
      });
      // A published framework in a file arrives as a draft: publishing is a deliberate step.
      const statuses = await ctx.database.db
        .selectFrom("framework_versions")
        .select(["status", "version"])
        .where("organization_id", "=", admin.organizationId)
        .execute();
      expect(statuses.every((s) => s.status === "draft" && s.version === 1)).toBe(true);
    });

    it("reports a changed record as an update with its fields, and the rest unchanged", async () => {
      const admin = await otherOrganizationAdmin(ctx);
      await seedDocument(admin, salesDocument());
      const doc = salesDocument();
      const kpi = doc.kpis.find((k) => k.key === "sales.win-rate");
      if (!kpi) throw new Error("fixture changed");
      kpi.name = "Win rate (renamed)";
      const result = await seedDocument(admin, doc);
      expect(result.changes).toContainEqual({ kind: "kpi", key: "sales.win-rate", action: "update", fields: ["name"] });
      expect(result.changes.filter((c) => c.action === "update")).toHaveLength(1);
    });

    it("turns a changed framework into an update of the draft, never of a published version", async () => {
      const admin = await otherOrganizationAdmin(ctx);
      await seedDocument(admin, salesDocument());
      const roleId = await roleIdByKey(ctx.database, admin.organizationId, "sales.account-executive");
      const publish = await admin.request("POST", `/api/v1/roles/${roleId}/framework/versions/1/publish`, {
        effectiveDate: "2026-01-01",
        changelog: "First version",
      });
      expect(publish.statusCode, publish.body).toBe(200);

      const doc = salesDocument();
      const framework = doc.frameworks.find((f) => f.role === "sales.account-executive");
      if (!framework?.assignments[0] || !framework.assignments[1]) throw new Error("fixture changed");
      framework.assignments[0].weight -= 5;
      framework.assignments[1].weight += 5;
      const first = await seedDocument(admin, doc);
      expect(first.changes).toContainEqual({ kind: "framework", key: "sales.account-executive", action: "create" });
      const second = await seedDocument(admin, doc);
      expect(second.changes).toContainEqual({
        kind: "framework",
        key: "sales.account-executive",
        action: "unchanged",
      });
      const v1 = await admin.request("GET", `/api/v1/roles/${roleId}/framework/versions/1`);
      expect(v1.json().status).toBe("published");
      expect(v1.json().assignments[0].weight).toBe(salesDocument().frameworks[0]?.assignments[0]?.weight);
      const v2 = await admin.request("GET", `/api/v1/roles/${roleId}/framework/versions/2`);
      expect(v2.json()).toMatchObject({ status: "draft" });
      expect(v2.json().assignments[0].weight).toBe(framework.assignments[0].weight);
    });

    it("changes nothing when one record in the middle is bad (all or nothing)", async () => {
      const admin = await otherOrganizationAdmin(ctx);
      const doc = salesDocument();
      doc.kpis.splice(5, 0, buildKpi({ key: "test.orphan" }));
      const role = doc.roles[1];
      if (!role) throw new Error("fixture changed");
      role.orgUnit = "no-such-unit";
      const response = await admin.request("POST", "/api/v1/framework/import?dryRun=false", doc);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues).toContainEqual({
        path: "roles.1.orgUnit",
        message: 'no org unit with key "no-such-unit"',
      });
      expect(await countRows(ctx.database, admin.organizationId)).toEqual({
        objectives: 0,
        orgUnits: 0,
        roles: 0,
        kpis: 0,
        versions: 0,
      });
    });

    it("names the path of unknown KPI, objective and responsibility keys in a framework", async () => {
      const admin = await otherOrganizationAdmin(ctx);
      const doc = salesDocument();
      const assignment = doc.frameworks[0]?.assignments[2];
      if (!assignment) throw new Error("fixture changed");
      assignment.kpi = "nope.kpi";
      assignment.objectives = ["nope.objective"];
      assignment.responsibility = "nope.responsibility";
      const response = await admin.request("POST", "/api/v1/framework/import?dryRun=true", doc);
      expect(response.statusCode).toBe(400);
      const paths = (response.json().error.issues as { path: string }[]).map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          "frameworks.0.assignments.2.kpi",
          "frameworks.0.assignments.2.objectives.0",
          "frameworks.0.assignments.2.responsibility",
        ]),
      );
    });

    it("refuses duplicate keys and parent cycles", async () => {
      const admin = await otherOrganizationAdmin(ctx);
      const duplicate = await admin.request("POST", "/api/v1/framework/import", {
        kpis: [buildKpi({ key: "dup" }), buildKpi({ key: "dup" })],
      });
      expect(duplicate.statusCode).toBe(400);
      expect(duplicate.json().error.issues[0].path).toBe("kpis.1.key");
      const cycle = await admin.request("POST", "/api/v1/framework/import", {
        objectives: [
          { key: "a", title: "A", parent: "b" },
          { key: "b", title: "B", parent: "a" },
        ],
      });
      expect(cycle.statusCode).toBe(400);
      expect(cycle.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
        "objectives.0.parent",
        "objectives.1.parent",
      ]);
    });

    it("answers 400 with line and column for broken YAML, and for a document of the wrong shape", async () => {
      const yaml = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/framework/import",
        headers: { cookie: ctx.admin.cookie, "x-csrf-token": ctx.admin.csrfToken, "content-type": "text/yaml" },
        payload: "kpis:\n  - key: a\n    name: [unclosed\n",
      });
      expect(yaml.statusCode).toBe(400);
      expect(yaml.json().error.issues[0].message).toMatch(/line \d+, column \d+/);
      const shape = await ctx.admin.request("POST", "/api/v1/framework/import", { kpis: [{ key: "Bad Key" }] });
      expect(shape.statusCode).toBe(400);
      expect(shape.json().error.issues.some((i: { path: string }) => i.path.startsWith("kpis.0"))).toBe(true);
    });

    it("needs a session (401), the csrf token and a design role (403)", async () => {
      const anonymous = await ctx.app.inject({ method: "POST", url: "/api/v1/framework/import", payload: {} });
      expect(anonymous.statusCode).toBe(401);
      for (const role of ["manager", "employee"] as const) {
        const client = await signInAs(ctx, role);
        const response = await client.request("POST", "/api/v1/framework/import", salesDocument());
        expect(response.statusCode).toBe(403);
      }
      const hr = await signInAs(ctx, "hr");
      const allowed = await hr.request("POST", "/api/v1/framework/import?dryRun=true", salesDocument());
      expect(allowed.statusCode).toBe(200);
    });
  });

  describe("GET /api/v1/framework/export", () => {
    for (const format of ["yaml", "json"] as const) {
      it(`round-trips in ${format}: re-importing the export changes nothing`, async () => {
        const admin = await otherOrganizationAdmin(ctx);
        await seedDocument(admin, salesDocument());
        const roleId = await roleIdByKey(ctx.database, admin.organizationId, "sales.account-executive");
        await admin.request("POST", `/api/v1/roles/${roleId}/framework/versions/1/publish`, {
          effectiveDate: "2026-01-01",
          changelog: "First",
        });
        await admin.request("POST", `/api/v1/roles/${roleId}/framework/versions`, { source: "latest" });
        await admin.request("PUT", "/api/v1/settings", {
          disabledRules: ["framework.kpi-count"],
          ratingScale: [
            { from: 0, rating: 1, label: "Low" },
            { from: 1, rating: 2, label: "High" },
          ],
        });

        const exported = await admin.request("GET", `/api/v1/framework/export?format=${format}`);
        expect(exported.statusCode).toBe(200);
        expect(exported.headers["content-disposition"]).toMatch(
          new RegExp(`^attachment; filename="other-org-[a-z0-9]+-framework\\.${format}"$`),
        );
        let response: Awaited<ReturnType<typeof admin.request>>;
        if (format === "yaml") {
          expect(exported.headers["content-type"]).toMatch(/^text\/yaml/);
          expect(exported.body).toContain("sales.account-executive");
          response = await ctx.app.inject({
            method: "POST",
            url: "/api/v1/framework/import?dryRun=false",
            headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken, "content-type": "application/yaml" },
            payload: exported.body,
          });
        } else {
          const document = exported.json();
          expect(document.frameworks.map((f: { status: string }) => f.status)).toEqual(["published", "draft", "draft"]);
          response = await admin.request("POST", "/api/v1/framework/import?dryRun=false", document);
        }
        expect(response.statusCode, response.body).toBe(200);
        const changes = response.json().changes as Change[];
        expect(changes.length).toBe(3 + 1 + 2 + 10 + 2 + 1);
        expect(changes.filter((c) => c.action !== "unchanged")).toEqual([]);
      });
    }

    it("is readable by every member but only for their own organization", async () => {
      const employee = await signInAs(ctx, "employee");
      const own = await employee.request("GET", "/api/v1/framework/export?format=json");
      expect(own.statusCode).toBe(200);
      expect(own.json().organization.name).toBe("Acme Test");
      const other = await otherOrganizationAdmin(ctx);
      await seedDocument(other, salesDocument());
      const mine = await ctx.admin.request("GET", "/api/v1/framework/export?format=json");
      expect(mine.json().kpis.some((k: { key: string }) => k.key === "sales.win-rate")).toBe(false);
    });

    it("answers 400 for an unknown format and 401 without a session", async () => {
      expect((await ctx.admin.request("GET", "/api/v1/framework/export?format=xml")).statusCode).toBe(400);
      expect((await ctx.app.inject({ method: "GET", url: "/api/v1/framework/export" })).statusCode).toBe(401);
    });

    it("exports YAML that the core parser reads back to the same document", async () => {
      const admin = await otherOrganizationAdmin(ctx);
      await seedDocument(admin, salesDocument());
      const json = (await admin.request("GET", "/api/v1/framework/export?format=json")).json();
      const yaml = (await admin.request("GET", "/api/v1/framework/export?format=yaml")).body;
      expect(yaml).toBe(serializeFrameworkYaml(json));
    });
  });
});
