import { DEFAULT_RATING_SCALE } from "@yardstick/core";
import { expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";

const ratingScale = [
  { from: 0, rating: 1, label: "Below" },
  { from: 0.9, rating: 2, label: "Meets" },
  { from: 1.2, rating: 3, label: "Above" },
];

describeEachApp("organization settings", (ctx) => {
  it("starts with no disabled rules and the default rating scale", async () => {
    const admin = await otherOrganizationAdmin(ctx);
    const response = await admin.request("GET", "/api/v1/settings");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ disabledRules: [], ratingScale: DEFAULT_RATING_SCALE });
  });

  it("replaces the settings (admin and hr) and keeps them per organization", async () => {
    const admin = await otherOrganizationAdmin(ctx);
    const hr = await signInAs(ctx, "hr", admin.organizationId);
    const body = { disabledRules: ["framework.kpi-count"], ratingScale };
    const saved = await hr.request("PUT", "/api/v1/settings", body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual(body);
    expect((await admin.request("GET", "/api/v1/settings")).json()).toEqual(body);
    expect((await ctx.admin.request("GET", "/api/v1/settings")).json().disabledRules).toEqual([]);
  });

  it("refuses unknown rule ids and unordered bands with 400 naming them", async () => {
    const admin = await otherOrganizationAdmin(ctx);
    const unknown = await admin.request("PUT", "/api/v1/settings", {
      disabledRules: ["framework.kpi-count", "no.such-rule"],
      ratingScale,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues).toEqual([
      { path: "disabledRules.1", message: 'unknown rule "no.such-rule"; GET /api/v1/lint/rules lists the rule ids' },
    ]);
    const unordered = await admin.request("PUT", "/api/v1/settings", {
      disabledRules: [],
      ratingScale: [ratingScale[0], ratingScale[2], ratingScale[1]],
    });
    expect(unordered.statusCode).toBe(400);
    expect(unordered.json().error.issues[0].path).toBe("ratingScale.2.from");
    const empty = await admin.request("PUT", "/api/v1/settings", { disabledRules: [], ratingScale: [] });
    expect(empty.statusCode).toBe(400);
    const extra = await admin.request("PUT", "/api/v1/settings", { disabledRules: [], ratingScale, theme: "dark" });
    expect(extra.statusCode).toBe(400);
    expect((await admin.request("GET", "/api/v1/settings")).json().disabledRules).toEqual([]);
  });

  it("needs a session (401) and a design role to write (403)", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/settings" })).statusCode).toBe(401);
    const manager = await signInAs(ctx, "manager");
    expect((await manager.request("GET", "/api/v1/settings")).statusCode).toBe(200);
    const put = await manager.request("PUT", "/api/v1/settings", { disabledRules: [], ratingScale });
    expect(put.statusCode).toBe(403);
  });
});
