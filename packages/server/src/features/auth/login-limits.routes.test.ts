import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { type AppConfig, loadConfig } from "../../config/config.js";
import type { DatabaseHandle } from "../../db/connect.js";
import { setupAdmin, type TestClient } from "../../test/test-app.js";
import { createTestDatabase, testDialects } from "../../test/test-database.js";

const PASSWORD = "correct horse battery";

async function appWith(database: DatabaseHandle, overrides: Partial<AppConfig>): Promise<FastifyInstance> {
  const app = await buildApp({ config: { ...loadConfig({}), ...overrides }, database, logger: false });
  await app.ready();
  return app;
}

const login = (app: FastifyInstance, email: string, password: string) =>
  app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });

for (const dialect of testDialects()) {
  describe(`login limits [${dialect}]`, () => {
    let database: DatabaseHandle;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database.close();
    });

    it("limits sign-in requests per IP to YARDSTICK_LOGIN_RATE_LIMIT a minute (429 with Retry-After)", async () => {
      const app = await appWith(database, { loginRateLimitPerMinute: 3 });
      try {
        for (let i = 0; i < 3; i += 1) {
          expect((await login(app, "nobody@example.com", "whatever password")).statusCode).toBe(401);
        }
        const limited = await login(app, "nobody@example.com", "whatever password");
        expect(limited.statusCode).toBe(429);
        expect(limited.json().error.code).toBe("rate_limited");
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
        // Other addresses are counted separately.
        const elsewhere = await app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          remoteAddress: "10.1.2.3",
          payload: { email: "nobody@example.com", password: "whatever password" },
        });
        expect(elsewhere.statusCode).toBe(401);
        // Invitation acceptance checks passwords too, and shares the limit setting.
        for (let i = 0; i < 3; i += 1) {
          const accept = await app.inject({
            method: "POST",
            url: "/api/v1/invitations/accept",
            payload: { token: "unknown", password: "whatever password" },
          });
          expect(accept.statusCode).toBe(404);
        }
        const acceptLimited = await app.inject({
          method: "POST",
          url: "/api/v1/invitations/accept",
          payload: { token: "unknown", password: "whatever password" },
        });
        expect(acceptLimited.statusCode).toBe(429);
      } finally {
        await app.close();
      }
    });

    describe("per email", () => {
      let app: FastifyInstance;
      let admin: TestClient;
      let adminEmail: string;
      beforeAll(async () => {
        app = await appWith(database, { loginRateLimitPerMinute: 1000, loginMaxFailures: 5, loginLockMinutes: 15 });
        admin = await setupAdmin(app);
        adminEmail = (await admin.request("GET", "/api/v1/me")).json().email;
      });
      afterAll(async () => {
        await app.close();
      });

      it("locks an email for 15 minutes after 5 failures, even for the right password; others are unaffected", async () => {
        for (let i = 0; i < 5; i += 1) {
          expect((await login(app, adminEmail, "wrong password!")).statusCode).toBe(401);
        }
        const locked = await login(app, adminEmail, PASSWORD);
        expect(locked.statusCode).toBe(429);
        expect(locked.json().error).toMatchObject({ code: "too_many_attempts" });
        expect(locked.json().error.message).toContain("Try again in 15 minutes");
        const retryAfter = Number(locked.headers["retry-after"]);
        expect(retryAfter).toBeGreaterThan(890);
        expect(retryAfter).toBeLessThanOrEqual(900);
        // Case differences do not dodge the lock.
        expect((await login(app, adminEmail.toUpperCase(), PASSWORD)).statusCode).toBe(429);
        // The lock is per email: unknown emails fail normally.
        expect((await login(app, "someone-else@example.com", "wrong password!")).statusCode).toBe(401);
        // Existing sessions keep working.
        expect((await admin.request("GET", "/api/v1/me")).statusCode).toBe(200);
      });

      it("a successful sign-in clears the failure count", async () => {
        const second = await setupSecondAdmin(app, admin);
        for (let i = 0; i < 4; i += 1) expect((await login(app, second, "wrong password!")).statusCode).toBe(401);
        expect((await login(app, second, PASSWORD)).statusCode).toBe(200);
        for (let i = 0; i < 4; i += 1) expect((await login(app, second, "wrong password!")).statusCode).toBe(401);
        expect((await login(app, second, PASSWORD)).statusCode).toBe(200);
      });
    });
  });
}

/** A second account with a known password, made through an invitation. */
async function setupSecondAdmin(app: FastifyInstance, admin: TestClient): Promise<string> {
  const email = `second-${Date.now()}@example.com`;
  const invited = await admin.request("POST", "/api/v1/invitations", { email, name: "Second", role: "admin" });
  const token = new URL(invited.json().acceptUrl, "http://x").searchParams.get("token");
  const accepted = await app.inject({
    method: "POST",
    url: "/api/v1/invitations/accept",
    payload: { token, password: PASSWORD },
  });
  if (accepted.statusCode !== 201) throw new Error(`accept failed: ${accepted.body}`);
  return email;
}
