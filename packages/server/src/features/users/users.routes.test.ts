import { expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";

describeEachApp("users", (ctx) => {
  it("lists the organization's members for admin and hr, with role and status", async () => {
    const employee = await signInAs(ctx, "employee");
    const hr = await signInAs(ctx, "hr");
    const stranger = await otherOrganizationAdmin(ctx);

    for (const client of [ctx.admin, hr]) {
      const response = await client.request("GET", "/api/v1/users");
      expect(response.statusCode).toBe(200);
      const items = response.json().items as { id: string; role: string; disabledAt: string | null }[];
      expect(items.find((u) => u.id === employee.userId)).toMatchObject({ role: "employee", disabledAt: null });
      expect(items.find((u) => u.id === ctx.admin.userId)).toMatchObject({
        role: "admin",
        email: expect.stringContaining("@example.com"),
        name: "Ada Admin",
      });
      expect(items.some((u) => u.id === stranger.userId)).toBe(false);
    }
  });

  it("refuses the list to managers and employees (403) and to anonymous callers (401)", async () => {
    for (const role of ["manager", "employee"] as const) {
      const client = await signInAs(ctx, role);
      const response = await client.request("GET", "/api/v1/users");
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toContain(`you are ${role}`);
    }
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/users" })).statusCode).toBe(401);
  });

  it("changes a member's role; the new role takes effect on their next request", async () => {
    const member = await signInAs(ctx, "employee");
    expect((await member.request("GET", "/api/v1/users")).statusCode).toBe(403);
    const response = await ctx.admin.request("PATCH", `/api/v1/users/${member.userId}`, { role: "hr" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: member.userId, role: "hr", disabledAt: null });
    expect((await member.request("GET", "/api/v1/users")).statusCode).toBe(200);
  });

  it("validates the role change body (400 naming the field), and only admins may change roles", async () => {
    const member = await signInAs(ctx, "employee");
    const bad = await ctx.admin.request("PATCH", `/api/v1/users/${member.userId}`, { role: "owner" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("role");
    const extra = await ctx.admin.request("PATCH", `/api/v1/users/${member.userId}`, { role: "hr", email: "x@y.z" });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.issues[0].path).toBe("email");

    const hr = await signInAs(ctx, "hr");
    expect((await hr.request("PATCH", `/api/v1/users/${member.userId}`, { role: "admin" })).statusCode).toBe(403);
    expect((await hr.request("POST", `/api/v1/users/${member.userId}/deactivate`)).statusCode).toBe(403);
    expect((await hr.request("POST", `/api/v1/users/${member.userId}/reactivate`)).statusCode).toBe(403);
  });

  it("answers 404 for unknown users and for users of another organization", async () => {
    const stranger = await otherOrganizationAdmin(ctx);
    for (const id of [stranger.userId, "00000000-0000-4000-8000-000000000000"]) {
      expect((await ctx.admin.request("PATCH", `/api/v1/users/${id}`, { role: "hr" })).statusCode).toBe(404);
      expect((await ctx.admin.request("POST", `/api/v1/users/${id}/deactivate`)).statusCode).toBe(404);
      expect((await ctx.admin.request("POST", `/api/v1/users/${id}/reactivate`)).statusCode).toBe(404);
    }
    // The stranger's account is untouched.
    expect((await stranger.request("GET", "/api/v1/me")).statusCode).toBe(200);
  });

  it("deactivation ends the member's sessions and keeps them listed; reactivation lets them back in", async () => {
    const member = await signInAs(ctx, "manager");
    const deactivated = await ctx.admin.request("POST", `/api/v1/users/${member.userId}/deactivate`);
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.json().disabledAt).toEqual(expect.any(String));
    const me = await member.request("GET", "/api/v1/me");
    expect(me.statusCode).toBe(401);

    const listed = (await ctx.admin.request("GET", "/api/v1/users")).json().items as { id: string }[];
    expect(listed.find((u) => u.id === member.userId)).toMatchObject({ disabledAt: deactivated.json().disabledAt });

    // Deactivating twice keeps the first timestamp.
    const again = await ctx.admin.request("POST", `/api/v1/users/${member.userId}/deactivate`);
    expect(again.json().disabledAt).toBe(deactivated.json().disabledAt);

    const reactivated = await ctx.admin.request("POST", `/api/v1/users/${member.userId}/reactivate`);
    expect(reactivated.statusCode).toBe(200);
    expect(reactivated.json()).toMatchObject({ id: member.userId, disabledAt: null, role: "manager" });
    const user = await ctx.database.db
      .selectFrom("users")
      .select("disabled_at")
      .where("id", "=", member.userId)
      .executeTakeFirstOrThrow();
    expect(user.disabled_at).toBeNull();
  });

  it("deactivating someone in one organization leaves their membership in another active", async () => {
    const member = await signInAs(ctx, "employee");
    const stranger = await otherOrganizationAdmin(ctx);
    await ctx.database.db
      .insertInto("memberships")
      .values({
        id: crypto.randomUUID(),
        organization_id: stranger.organizationId,
        user_id: member.userId,
        role: "employee",
        created_at: new Date().toISOString(),
      })
      .execute();
    expect((await stranger.request("POST", `/api/v1/users/${member.userId}/deactivate`)).statusCode).toBe(200);
    expect((await member.request("GET", "/api/v1/me")).statusCode).toBe(200);
    const user = await ctx.database.db
      .selectFrom("users")
      .select("disabled_at")
      .where("id", "=", member.userId)
      .executeTakeFirstOrThrow();
    expect(user.disabled_at).toBeNull();
  });
});

describeEachApp("users: the last active admin", (ctx) => {
  it("cannot be demoted or deactivated (409); with a second admin both work", async () => {
    const demote = await ctx.admin.request("PATCH", `/api/v1/users/${ctx.admin.userId}`, { role: "hr" });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toContain("last active admin");
    const deactivate = await ctx.admin.request("POST", `/api/v1/users/${ctx.admin.userId}/deactivate`);
    expect(deactivate.statusCode).toBe(409);

    // A deactivated admin does not count as the second admin.
    const dormant = await signInAs(ctx, "admin");
    expect((await ctx.admin.request("POST", `/api/v1/users/${dormant.userId}/deactivate`)).statusCode).toBe(200);
    expect((await ctx.admin.request("PATCH", `/api/v1/users/${ctx.admin.userId}`, { role: "hr" })).statusCode).toBe(
      409,
    );

    const second = await signInAs(ctx, "admin");
    const demoted = await second.request("PATCH", `/api/v1/users/${ctx.admin.userId}`, { role: "hr" });
    expect(demoted.statusCode).toBe(200);
    expect(demoted.json().role).toBe("hr");
    // Now `second` is the last active admin.
    expect((await second.request("POST", `/api/v1/users/${second.userId}/deactivate`)).statusCode).toBe(409);
    // Keeping the admin role is not a demotion.
    expect((await second.request("PATCH", `/api/v1/users/${second.userId}`, { role: "admin" })).statusCode).toBe(200);
  });
});
