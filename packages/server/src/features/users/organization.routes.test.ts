import { expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";

describeEachApp("organization", (ctx) => {
  it("shows every member the organization's name, creation date and active member count", async () => {
    const before = (await ctx.admin.request("GET", "/api/v1/organization")).json();
    expect(before).toMatchObject({ id: ctx.admin.organizationId, name: "Acme Test", createdAt: expect.any(String) });
    const employee = await signInAs(ctx, "employee");
    const response = await employee.request("GET", "/api/v1/organization");
    expect(response.statusCode).toBe(200);
    expect(response.json().memberCount).toBe(before.memberCount + 1);

    await ctx.admin.request("POST", `/api/v1/users/${employee.userId}/deactivate`);
    expect((await ctx.admin.request("GET", "/api/v1/organization")).json().memberCount).toBe(before.memberCount);

    const stranger = await otherOrganizationAdmin(ctx);
    expect((await stranger.request("GET", "/api/v1/organization")).json()).toMatchObject({ memberCount: 1 });
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/organization" })).statusCode).toBe(401);
  });

  it("lets an admin rename it, trimming the name", async () => {
    const response = await ctx.admin.request("PATCH", "/api/v1/organization", { name: "  Acme Renamed  " });
    expect(response.statusCode).toBe(200);
    expect(response.json().name).toBe("Acme Renamed");
    expect((await ctx.admin.request("GET", "/api/v1/me")).json().organization.name).toBe("Acme Renamed");
  });

  it("refuses a rename by non-admins (403) and bad names (400 naming the field)", async () => {
    const hr = await signInAs(ctx, "hr");
    expect((await hr.request("PATCH", "/api/v1/organization", { name: "Nope" })).statusCode).toBe(403);
    for (const body of [{ name: "   " }, { name: 7 }, {}, { name: "x".repeat(201) }, { name: "ok", id: "x" }]) {
      const response = await ctx.admin.request("PATCH", "/api/v1/organization", body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toMatch(/^(name|id)$/);
    }
  });
});
