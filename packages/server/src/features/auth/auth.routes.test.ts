import { describe, expect, it } from "vitest";
import { buildTestApp, clientFrom } from "../../test/test-app.js";
import { createTestDatabase, testDialects } from "../../test/test-database.js";

for (const dialect of testDialects()) {
  describe(`first-run setup and sign-in [${dialect}]`, () => {
    it("sets up once, signs in, answers /me, refuses a second setup, and signs out", async () => {
      const database = await createTestDatabase(dialect);
      const app = await buildTestApp(database);
      try {
        expect((await app.inject({ method: "GET", url: "/api/v1/setup" })).json()).toEqual({ needsSetup: true });
        expect((await app.inject({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);

        const body = { organization: "Acme", name: "Ada", email: "Ada@Example.com", password: "correct horse battery" };
        const created = await app.inject({ method: "POST", url: "/api/v1/setup", payload: body });
        expect(created.statusCode).toBe(201);
        const cookie = created.cookies.find((c) => c.name === "yardstick_session");
        expect(cookie?.httpOnly).toBe(true);
        expect(cookie?.sameSite).toBe("Lax");
        const admin = clientFrom(app, created);

        const me = await admin.request("GET", "/api/v1/me");
        expect(me.statusCode).toBe(200);
        expect(me.json()).toMatchObject({ email: "ada@example.com", role: "admin", organization: { name: "Acme" } });

        const again = await app.inject({
          method: "POST",
          url: "/api/v1/setup",
          payload: { ...body, email: "b@example.com" },
        });
        expect(again.statusCode).toBe(409);

        const wrong = await app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email: "ada@example.com", password: "wrong password!" },
        });
        expect(wrong.statusCode).toBe(401);
        expect(wrong.json().error.message).toBe("Email or password is incorrect.");

        const login = await app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email: "ADA@example.com", password: "correct horse battery" },
        });
        expect(login.statusCode).toBe(200);
        const session = clientFrom(app, login);

        expect((await session.request("POST", "/api/v1/auth/logout")).statusCode).toBe(204);
        expect((await session.request("GET", "/api/v1/me")).statusCode).toBe(401);
        // The other session is unaffected.
        expect((await admin.request("GET", "/api/v1/me")).statusCode).toBe(200);
      } finally {
        await app.close();
        await database.close();
      }
    });

    it("rejects bad setup input with a message naming the field, and writes nothing", async () => {
      const database = await createTestDatabase(dialect);
      const app = await buildTestApp(database);
      try {
        const short = await app.inject({
          method: "POST",
          url: "/api/v1/setup",
          payload: { organization: "Acme", name: "Ada", email: "ada@example.com", password: "short" },
        });
        expect(short.statusCode).toBe(400);
        expect(short.json().error.issues).toEqual([{ path: "password", message: "must be at least 12 characters" }]);

        const unknown = await app.inject({
          method: "POST",
          url: "/api/v1/setup",
          payload: {
            organization: "Acme",
            name: "Ada",
            email: "ada@example.com",
            password: "long enough pass",
            admin: true,
          },
        });
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json().error.issues[0].path).toBe("admin");

        const malformed = await app.inject({
          method: "POST",
          url: "/api/v1/setup",
          headers: { "content-type": "application/json" },
          payload: '{"organization": "Acme",',
        });
        expect(malformed.statusCode).toBe(400);

        const proto = await app.inject({
          method: "POST",
          url: "/api/v1/setup",
          headers: { "content-type": "application/json" },
          payload:
            '{"organization":"Acme","name":"Ada","email":"a@example.com","password":"long enough pass","__proto__":{"x":1}}',
        });
        expect(proto.statusCode).toBe(400);

        expect((await app.inject({ method: "GET", url: "/api/v1/setup" })).json()).toEqual({ needsSetup: true });
      } finally {
        await app.close();
        await database.close();
      }
    });
  });
}

for (const dialect of testDialects()) {
  describe(`session guard [${dialect}]`, () => {
    it("scopes the session to its organization ", async () => {
      const { setupAdmin, signInAs, otherOrganizationAdmin } = await import("../../test/test-app.js");
      const database = await createTestDatabase(dialect);
      const app = await buildTestApp(database);
      try {
        const admin = await setupAdmin(app);
        const ctx = { app, database, admin };
        const employee = await signInAs(ctx, "employee");
        const me = await employee.request("GET", "/api/v1/me");
        expect(me.json()).toMatchObject({ role: "employee", organization: { id: admin.organizationId } });
        const stranger = await otherOrganizationAdmin(ctx);
        expect((await stranger.request("GET", "/api/v1/me")).json().organization.id).not.toBe(admin.organizationId);
      } finally {
        await app.close();
        await database.close();
      }
    });
  });
}
