import { expect, it } from "vitest";
import {
  clientFrom,
  describeEachApp,
  otherOrganizationAdmin,
  signInAs,
  type TestAppContext,
} from "../../test/test-app.js";
import { hashToken } from "../auth/token.js";

let counter = 0;
function buildInvitation(overrides: Partial<{ email: string; name: string; role: string }> = {}) {
  counter += 1;
  return {
    email: `invitee${counter}-${Date.now()}@example.com`,
    name: `Invitee ${counter}`,
    role: "employee",
    ...overrides,
  };
}

const tokenOf = (acceptUrl: string) => new URL(acceptUrl, "http://x").searchParams.get("token") ?? "";

function inviter(ctx: TestAppContext) {
  return async (overrides: Parameters<typeof buildInvitation>[0] = {}) => {
    const body = buildInvitation(overrides);
    const response = await ctx.admin.request("POST", "/api/v1/invitations", body);
    expect(response.statusCode).toBe(201);
    return { body, created: response.json(), token: tokenOf(response.json().acceptUrl) };
  };
}

describeEachApp("invitations", (ctx) => {
  const invite = inviter(ctx);

  it("creates an invitation with a one-time link valid for 7 days, storing only the token's hash", async () => {
    const { body, created, token } = await invite({ role: "manager", email: "New.Person@Example.com" });
    expect(created).toMatchObject({ id: expect.any(String), email: "new.person@example.com", role: "manager" });
    expect(created.acceptUrl).toMatch(/^\/accept-invite\?token=[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(created.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const row = await ctx.database.db
      .selectFrom("invitations")
      .selectAll()
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.name).toBe(body.name);

    const list = await ctx.admin.request("GET", "/api/v1/invitations");
    const listed = list.json().items.find((i: { id: string }) => i.id === created.id);
    expect(listed).toMatchObject({ email: "new.person@example.com", role: "manager" });
    expect(listed.acceptUrl).toBeUndefined();
  });

  it("refuses a second pending invitation for the same email, and inviting a member (409)", async () => {
    const { body } = await invite();
    const again = await ctx.admin.request("POST", "/api/v1/invitations", { ...body, email: body.email.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain("pending invitation");
    const member = await signInAs(ctx, "employee");
    const me = (await member.request("GET", "/api/v1/me")).json();
    const existing = await ctx.admin.request("POST", "/api/v1/invitations", buildInvitation({ email: me.email }));
    expect(existing.statusCode).toBe(409);
    expect(existing.json().error.message).toContain("already a member");
  });

  it("validates the body (400 naming the field) and lets only admins invite or revoke", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [buildInvitation({ email: "not-an-email" }), "email"],
      [buildInvitation({ role: "owner" }), "role"],
      [{ ...buildInvitation(), name: "" }, "name"],
      [{ ...buildInvitation(), admin: true }, "admin"],
    ];
    for (const [body, field] of cases) {
      const response = await ctx.admin.request("POST", "/api/v1/invitations", body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe(field);
    }
    const hr = await signInAs(ctx, "hr");
    expect((await hr.request("POST", "/api/v1/invitations", buildInvitation())).statusCode).toBe(403);
    expect((await hr.request("GET", "/api/v1/invitations")).statusCode).toBe(200);
    const employee = await signInAs(ctx, "employee");
    expect((await employee.request("GET", "/api/v1/invitations")).statusCode).toBe(403);
    const { created } = await invite();
    expect((await hr.request("DELETE", `/api/v1/invitations/${created.id}`)).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/invitations" })).statusCode).toBe(401);
  });

  it("looks an invitation up publicly for the accept page; unknown tokens answer 404", async () => {
    const { body, token } = await invite({ role: "hr" });
    const lookup = await ctx.app.inject({ method: "GET", url: `/api/v1/invitations/lookup?token=${token}` });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json()).toMatchObject({
      organization: { name: "Acme Test" },
      email: body.email,
      name: body.name,
      role: "hr",
      hasAccount: false,
    });
    const unknown = await ctx.app.inject({ method: "GET", url: "/api/v1/invitations/lookup?token=nope" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain("not valid");
    const missing = await ctx.app.inject({ method: "GET", url: "/api/v1/invitations/lookup" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toBe("token");
  });

  it("accepts: creates the account with the invited role, signs in, and the link then answers 410", async () => {
    const { body, token } = await invite({ role: "manager" });
    const accepted = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token, password: "a long new password", name: "Chosen Name" },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({
      email: body.email,
      name: "Chosen Name",
      role: "manager",
      organization: { id: ctx.admin.organizationId },
      csrfToken: expect.any(String),
    });
    const cookie = accepted.cookies.find((c) => c.name === "yardstick_session");
    expect(cookie?.httpOnly).toBe(true);
    const session = clientFrom(ctx.app, accepted);
    expect((await session.request("GET", "/api/v1/me")).json().role).toBe("manager");

    const reused = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token, password: "a long new password" },
    });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error.message).toContain("already been used");
    const lookup = await ctx.app.inject({ method: "GET", url: `/api/v1/invitations/lookup?token=${token}` });
    expect(lookup.statusCode).toBe(404);
    expect(lookup.json().error.message).toContain("already been used");

    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: body.email, password: "a long new password" },
    });
    expect(login.statusCode).toBe(200);
    // No longer pending.
    const pending = (await ctx.admin.request("GET", "/api/v1/invitations")).json().items as { email: string }[];
    expect(pending.some((i) => i.email === body.email)).toBe(false);
  });

  it("refuses a short new password (400 naming the field) without using up the link", async () => {
    const { token } = await invite();
    const short = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token, password: "short" },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.issues).toEqual([{ path: "password", message: "must be at least 12 characters" }]);
    const ok = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token, password: "long enough password" },
    });
    expect(ok.statusCode).toBe(201);
  });

  it("adds a membership to an existing account after checking its password", async () => {
    const stranger = await otherOrganizationAdmin(ctx);
    const first = await stranger.request("POST", "/api/v1/invitations", buildInvitation({ role: "hr" }));
    const email = first.json().email as string;
    const joined = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token: tokenOf(first.json().acceptUrl), password: "first org password" },
    });
    expect(joined.statusCode).toBe(201);
    const userId = joined.json().id;

    const { token } = await invite({ email, role: "employee" });
    const lookup = await ctx.app.inject({ method: "GET", url: `/api/v1/invitations/lookup?token=${token}` });
    expect(lookup.json().hasAccount).toBe(true);
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token, password: "not the password" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toContain("current password");
    const right = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token, password: "first org password", name: "Ignored For Existing" },
    });
    expect(right.statusCode).toBe(201);
    expect(right.json()).toMatchObject({
      id: userId,
      role: "employee",
      organization: { id: ctx.admin.organizationId },
    });
    const users = await ctx.database.db.selectFrom("users").select("id").where("email", "=", email).execute();
    expect(users).toHaveLength(1);
  });
});

// A second app: acceptance is rate limited per IP like sign-in, and one block stays under the limit.
describeEachApp("invitations: one new email invited by two organizations", (ctx) => {
  it("accepts both links at once without a 500: one creates the account, the other is told to sign in", async () => {
    const other = await otherOrganizationAdmin(ctx);
    const email = `twice-${Date.now()}@example.com`;
    const tokens: string[] = [];
    for (const admin of [ctx.admin, other]) {
      const response = await admin.request("POST", "/api/v1/invitations", { email, name: "Twice", role: "employee" });
      expect(response.statusCode).toBe(201);
      tokens.push(tokenOf(response.json().acceptUrl));
    }
    const answers = await Promise.all(
      tokens.map((token) =>
        ctx.app.inject({
          method: "POST",
          url: "/api/v1/invitations/accept",
          payload: { token, password: "a brand new passphrase" },
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    // Either both succeed one after the other, or the slower one gets a 409 it can act on.
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses);
    const users = await ctx.database.db.selectFrom("users").select("id").where("email", "=", email).execute();
    expect(users).toHaveLength(1);
  });
});

describeEachApp("invitations: unusable links", (ctx) => {
  const invite = inviter(ctx);

  it("answers 410 for an expired link and 404 when looking it up", async () => {
    const { created, token } = await invite();
    await ctx.database.db
      .updateTable("invitations")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", created.id)
      .execute();
    const accept = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token, password: "long enough password" },
    });
    expect(accept.statusCode).toBe(410);
    expect(accept.json().error.message).toContain("expired");
    const lookup = await ctx.app.inject({ method: "GET", url: `/api/v1/invitations/lookup?token=${token}` });
    expect(lookup.statusCode).toBe(404);
    // An expired invitation no longer blocks a new one.
    const again = await ctx.admin.request("POST", "/api/v1/invitations", {
      email: created.email,
      name: "Again",
      role: "employee",
    });
    expect(again.statusCode).toBe(201);
  });

  it("revokes a pending invitation: its link stops working; other organizations' ids answer 404", async () => {
    const { created, token } = await invite();
    const stranger = await otherOrganizationAdmin(ctx);
    expect((await stranger.request("DELETE", `/api/v1/invitations/${created.id}`)).statusCode).toBe(404);
    expect((await ctx.admin.request("DELETE", `/api/v1/invitations/${created.id}`)).statusCode).toBe(204);
    expect((await ctx.admin.request("DELETE", `/api/v1/invitations/${created.id}`)).statusCode).toBe(404);
    const accept = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token, password: "long enough password" },
    });
    expect(accept.statusCode).toBe(404);
    expect(accept.json().error.message).toContain("revoked");
  });

  it("does not list other organizations' invitations", async () => {
    const { created } = await invite();
    const stranger = await otherOrganizationAdmin(ctx);
    const items = (await stranger.request("GET", "/api/v1/invitations")).json().items as { id: string }[];
    expect(items.some((i) => i.id === created.id)).toBe(false);
  });

  it("rejects unknown fields and missing tokens on accept (400)", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token: "x", password: "long enough password", role: "admin" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe("role");
    const missing = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { password: "long enough password" },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toBe("token");
  });
});
