import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect.js";
import { buildTestApp, setupAdmin } from "../../test/test-app.js";
import { createTestDatabase, testDialects } from "../../test/test-database.js";
import type { DemoResponse } from "./demo.schemas.js";
import { DEMO_FIXED_PASSWORD } from "./demo.service.js";

for (const dialect of testDialects()) {
  describe(`POST /api/v1/setup/demo [${dialect}]`, () => {
    let database: DatabaseHandle;
    let app: FastifyInstance;
    let demo: DemoResponse;
    let cookie: string;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      app = await buildTestApp(database);
      const response = await app.inject({ method: "POST", url: "/api/v1/setup/demo", payload: {} });
      expect(response.statusCode, response.body).toBe(201);
      demo = response.json() as DemoResponse;
      const session = response.cookies.find((c) => c.name === "yardstick_session");
      cookie = `yardstick_session=${session?.value}`;
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    it("creates Northwind Demo with about 60 people, the starter frameworks and four quarters", async () => {
      const { db } = database;
      const org = demo.me.organization.id;
      expect(demo.organizationName).toBe("Northwind Demo");
      expect(demo.me.role).toBe("admin");
      expect(demo.me.email).toBe("demo@yardstick.local");
      const people = await db.selectFrom("employees").select("role_id").where("organization_id", "=", org).execute();
      expect(people.length).toBe(60);
      const roles = await db.selectFrom("roles").select(["id", "family"]).where("organization_id", "=", org).execute();
      const families = new Set(roles.filter((r) => people.some((p) => p.role_id === r.id)).map((r) => r.family));
      expect([...families].sort()).toEqual(["HR", "IT/Development", "Marketing", "Operations", "Sales"]);
      const published = await db
        .selectFrom("framework_versions")
        .select("id")
        .where("organization_id", "=", org)
        .where("status", "=", "published")
        .execute();
      expect(published.length).toBe(roles.length);
      const cycles = await db
        .selectFrom("review_cycles")
        .select(["status", "id"])
        .where("organization_id", "=", org)
        .orderBy("start_date")
        .execute();
      expect(cycles.map((c) => c.status)).toEqual(["closed", "closed", "closed", "open"]);
      for (const cycle of cycles) {
        const cards = await db.selectFrom("scorecards").select("id").where("cycle_id", "=", cycle.id).execute();
        const scores = await db
          .selectFrom("scorecard_scores")
          .select("overall")
          .where("cycle_id", "=", cycle.id)
          .execute();
        expect(cards.length).toBe(60);
        expect(scores.length).toBe(60);
        expect(scores.filter((s) => s.overall !== null).length).toBeGreaterThan(50);
      }
      const corrections = await db
        .selectFrom("measurement_history")
        .select("id")
        .where("organization_id", "=", org)
        .execute();
      expect(corrections.length).toBeGreaterThan(0);
      expect(demo.cycles.at(-1)?.values).toBeLessThan(demo.cycles[0]?.values ?? 0);
    });

    it("signs the admin in, and every printed login works through the API", async () => {
      const me = await app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(demo.logins.map((l) => l.role)).toEqual(["admin", "hr", "manager", "employee"]);
      expect(demo.logins.every((l) => l.password !== DEMO_FIXED_PASSWORD && l.password.length >= 12)).toBe(true);
      for (const login of demo.logins) {
        const response = await app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email: login.email, password: login.password },
        });
        expect(response.statusCode, login.email).toBe(200);
        expect((response.json() as { role: string }).role).toBe(login.role);
      }
    });

    it("gives the manager a team with scores in the open cycle", async () => {
      const manager = demo.logins.find((l) => l.role === "manager");
      const login = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: manager?.email, password: manager?.password },
      });
      const session = login.cookies.find((c) => c.name === "yardstick_session");
      const open = demo.cycles.find((c) => c.status === "open");
      const overview = await app.inject({
        method: "GET",
        url: `/api/v1/teams/overview?cycleId=${open?.id}`,
        headers: { cookie: `yardstick_session=${session?.value}` },
      });
      expect(overview.statusCode, overview.body).toBe(200);
      const items = (overview.json() as { items: { overall: number | null }[] }).items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.some((i) => i.overall !== null)).toBe(true);
    });

    it("refuses with 409 once the instance has users, and 400 for unknown fields", async () => {
      const again = await app.inject({ method: "POST", url: "/api/v1/setup/demo", payload: {} });
      expect(again.statusCode).toBe(409);
      expect((again.json() as { error: { message: string } }).error.message).toMatch(/already has users/);
      const bad = await app.inject({ method: "POST", url: "/api/v1/setup/demo", payload: { extra: 1 } });
      expect(bad.statusCode).toBe(400);
    });
  });

  describe(`POST /api/v1/setup/demo after a normal setup [${dialect}]`, () => {
    let database: DatabaseHandle;
    let app: FastifyInstance;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      app = await buildTestApp(database);
      await setupAdmin(app);
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    it("is refused (409) and creates nothing", async () => {
      const response = await app.inject({ method: "POST", url: "/api/v1/setup/demo", payload: {} });
      expect(response.statusCode).toBe(409);
      const orgs = await database.db.selectFrom("organizations").select("name").execute();
      expect(orgs.map((o) => o.name)).toEqual(["Acme Test"]);
    });
  });
}
