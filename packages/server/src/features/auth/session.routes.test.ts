import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config/config.js";
import { describeEachApp, signInAs, type TestClient } from "../../test/test-app.js";
import { createTestDatabase, testDialects } from "../../test/test-database.js";
import { setUserDisabledAt } from "../users/users.repository.js";
import { findActiveSession, touchSession } from "./session.repository.js";
import { hashToken } from "./token.js";

const tokenOf = (client: TestClient) => client.cookie.replace("yardstick_session=", "");

describeEachApp("CSRF protection", (ctx) => {
  const write = (client: TestClient, headers: Record<string, string>) =>
    ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/organization",
      headers: { cookie: client.cookie, ...headers },
      payload: { name: "Renamed by CSRF test" },
    });

  it("refuses a cookie-authenticated write without the x-csrf-token header (403 csrf_failed)", async () => {
    const response = await write(ctx.admin, {});
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("csrf_failed");
    expect(response.json().error.message).toContain("x-csrf-token");
  });

  it("refuses a wrong token, including another session's token", async () => {
    expect((await write(ctx.admin, { "x-csrf-token": "guess" })).json().error.code).toBe("csrf_failed");
    const other = await signInAs(ctx, "admin");
    const response = await write(ctx.admin, { "x-csrf-token": other.csrfToken });
    expect(response.statusCode).toBe(403);
    const unchanged = await ctx.admin.request("GET", "/api/v1/organization");
    expect(unchanged.json().name).not.toBe("Renamed by CSRF test");
  });

  it("lets the write through with the session's token", async () => {
    const response = await write(ctx.admin, { "x-csrf-token": ctx.admin.csrfToken });
    expect(response.statusCode).toBe(200);
    expect(response.json().name).toBe("Renamed by CSRF test");
  });

  it("needs no token for reads", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/organization",
      headers: { cookie: ctx.admin.cookie },
    });
    expect(response.statusCode).toBe(200);
  });
});

describeEachApp("session lifetime", (ctx) => {
  it("answers 401 'Your session has expired' once expires_at has passed", async () => {
    const client = await signInAs(ctx, "employee");
    expect((await client.request("GET", "/api/v1/me")).statusCode).toBe(200);
    const session = await findActiveSession(ctx.database.db, hashToken(tokenOf(client)), new Date().toISOString());
    if (!session) throw new Error("session not found");
    const past = new Date(Date.now() - 60_000).toISOString();
    await touchSession(ctx.database.db, session.sessionId, past, past);
    const response = await client.request("GET", "/api/v1/me");
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe("Your session has expired. Sign in again.");
  });

  it("answers 401 for a made-up cookie and 'Sign in to continue.' without one", async () => {
    const forged = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: "yardstick_session=forged" },
    });
    expect(forged.statusCode).toBe(401);
    const none = await ctx.app.inject({ method: "GET", url: "/api/v1/me" });
    expect(none.json().error.message).toBe("Sign in to continue.");
  });

  it("answers 401 for the session of a user whose account was disabled", async () => {
    const client = await signInAs(ctx, "manager");
    expect((await client.request("GET", "/api/v1/me")).statusCode).toBe(200);
    await setUserDisabledAt(ctx.database.db, client.userId, new Date().toISOString());
    expect((await client.request("GET", "/api/v1/me")).statusCode).toBe(401);
  });

  it("answers 401 for the session of a member deactivated by an admin", async () => {
    const client = await signInAs(ctx, "hr");
    expect((await ctx.admin.request("POST", `/api/v1/users/${client.userId}/deactivate`)).statusCode).toBe(200);
    expect((await client.request("GET", "/api/v1/organization")).statusCode).toBe(401);
  });
});

for (const dialect of testDialects()) {
  describe(`session cookie [${dialect}]`, () => {
    const databases: Awaited<ReturnType<typeof createTestDatabase>>[] = [];
    beforeAll(async () => {
      databases.push(await createTestDatabase(dialect), await createTestDatabase(dialect));
    });
    afterAll(async () => {
      for (const database of databases) await database.close();
    });

    it("is HttpOnly, SameSite=Lax, Path=/, with an expiry, and Secure only when configured", async () => {
      for (const [index, secureCookies] of [false, true].entries()) {
        const database = databases[index];
        if (!database) throw new Error("database missing");
        const app = await buildApp({ config: { ...loadConfig({}), secureCookies }, database, logger: false });
        try {
          const created = await app.inject({
            method: "POST",
            url: "/api/v1/setup",
            payload: { organization: "Acme", name: "Ada", email: "ada@example.com", password: "correct horse battery" },
          });
          const header = String(created.headers["set-cookie"]);
          expect(header).toMatch(/^yardstick_session=[A-Za-z0-9_-]{43};/);
          expect(header).toContain("HttpOnly");
          expect(header).toContain("SameSite=Lax");
          expect(header).toContain("Path=/");
          expect(header).toContain("Expires=");
          expect(header.includes("Secure")).toBe(secureCookies);
          // The cookie token is not what the database stores.
          const stored = await database.db.selectFrom("sessions").select("token_hash").execute();
          const token = /yardstick_session=([^;]+)/.exec(header)?.[1] ?? "";
          expect(stored.map((s) => s.token_hash)).toEqual([hashToken(token)]);
        } finally {
          await app.close();
        }
      }
    });
  });
}
