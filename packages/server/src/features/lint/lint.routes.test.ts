import { lintRules } from "@yardstick/core";
import { expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";
import { buildKpi, salesDocument, seedDocument } from "../framework-document/document.factories.js";

describeEachApp("lint", (ctx) => {
  it("POST lints a submitted document and returns findings with rule, severity, path, message, hint", async () => {
    const doc = salesDocument();
    const framework = doc.frameworks[0];
    if (!framework?.assignments[0]) throw new Error("fixture changed");
    framework.assignments[0].weight += 10;
    const response = await ctx.admin.request("POST", "/api/v1/lint", doc);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().findings).toContainEqual({
      rule: "framework.weights",
      severity: "error",
      path: expect.stringMatching(/^frameworks\[0\]/),
      message: expect.stringContaining("110"),
      hint: expect.any(String),
    });
  });

  it("POST reports a clean library family without errors", async () => {
    const response = await ctx.admin.request("POST", "/api/v1/lint", salesDocument());
    const errors = response.json().findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("POST answers 400 with issues for a document that does not parse", async () => {
    const response = await ctx.admin.request("POST", "/api/v1/lint", { kpis: [buildKpi({ key: "BAD KEY" })] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toMatch(/^kpis\.0\.key/);
    const extra = await ctx.admin.request("POST", "/api/v1/lint", { nonsense: true });
    expect(extra.statusCode).toBe(400);
  });

  it("GET lints the stored framework and respects the organization's disabled rules", async () => {
    const admin = await otherOrganizationAdmin(ctx);
    await seedDocument(admin, salesDocument());
    const before = (await admin.request("GET", "/api/v1/lint")).json().findings as { rule: string }[];
    // Imported frameworks are drafts, so every role lacks a published framework.
    expect(before.some((f) => f.rule === "org.role-unpublished")).toBe(true);
    const saved = await admin.request("PUT", "/api/v1/settings", {
      disabledRules: ["org.role-unpublished"],
      ratingScale: [{ from: 0, rating: 1, label: "All" }],
    });
    expect(saved.statusCode).toBe(200);
    const after = (await admin.request("GET", "/api/v1/lint")).json().findings as { rule: string }[];
    expect(after.some((f) => f.rule === "org.role-unpublished")).toBe(false);
    const posted = (await admin.request("POST", "/api/v1/lint", salesDocument())).json().findings as { rule: string }[];
    expect(posted.some((f) => f.rule === "org.role-unpublished")).toBe(false);
  });

  it("GET /rules lists the catalogue", async () => {
    const employee = await signInAs(ctx, "employee");
    const response = await employee.request("GET", "/api/v1/lint/rules");
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toHaveLength(lintRules.length);
    expect(response.json().items).toContainEqual(
      expect.objectContaining({ id: "framework.weights", severity: "error" }),
    );
  });

  it("needs a session (401)", async () => {
    for (const [method, url] of [
      ["GET", "/api/v1/lint"],
      ["GET", "/api/v1/lint/rules"],
      ["POST", "/api/v1/lint"],
    ] as const) {
      const response = await ctx.app.inject({ method, url, ...(method === "POST" ? { payload: {} } : {}) });
      expect(response.statusCode).toBe(401);
    }
  });
});
