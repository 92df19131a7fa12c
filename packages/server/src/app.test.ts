import { describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { loadConfig } from "./config/config.js";
import { connectSqlite } from "./db/connect.js";
import { registeredRoutes } from "./http/route-catalog.js";
import { describeEachApp } from "./test/test-app.js";
import { createTestDatabase } from "./test/test-database.js";

const DUMMY_ID = "00000000-0000-4000-8000-000000000000";
const LOGIN = "/api/v1/auth/login";

/** "/api/v1/roles/:id/kpis/:kpiId" → "/api/v1/roles/{id}/kpis/{kpiId}" (the OpenAPI spelling). */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

describeEachApp("HTTP layer", (ctx) => {
  // A signed-in write that is not rate limited, so the many bad requests here are not cut short by 429s.
  const patchOrganization = (payload: string, contentType = "application/json") =>
    ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/organization",
      headers: { cookie: ctx.admin.cookie, "x-csrf-token": ctx.admin.csrfToken, "content-type": contentType },
      payload,
    });

  describe("bad input", () => {
    it("answers malformed JSON with 400 and a readable message", async () => {
      const response = await patchOrganization('{"name": "Acme",');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/^Request body is not valid JSON: .+/);
      const empty = await patchOrganization("");
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.message).toContain("empty");
    });

    it("refuses a body over 1 MB with 413 naming the limit", async () => {
      const big = JSON.stringify({ name: "x".repeat(1024 * 1024) });
      for (const [url, headers] of [
        [LOGIN, {}],
        ["/api/v1/organization", { cookie: ctx.admin.cookie, "x-csrf-token": ctx.admin.csrfToken }],
      ] as const) {
        const response = await ctx.app.inject({
          method: url === LOGIN ? "POST" : "PATCH",
          url,
          headers: { "content-type": "application/json", ...headers },
          payload: big,
        });
        expect(response.statusCode).toBe(413);
        expect(response.json().error).toMatchObject({ code: "payload_too_large" });
        expect(response.json().error.message).toContain("Request body is larger than 1 MB");
      }
    });

    it("refuses __proto__ and constructor.prototype keys with 400, at any depth", async () => {
      for (const payload of [
        '{"name":"Acme","__proto__":{"admin":true}}',
        '{"name":"Acme","constructor":{"prototype":{"admin":true}}}',
        '{"name":"Acme","nested":[{"__proto__":{"admin":true}}]}',
      ]) {
        const response = await patchOrganization(payload);
        expect(response.statusCode).toBe(400);
        expect(response.json().error.message).toMatch(/forbidden key "(__proto__|constructor\.prototype)"/);
      }
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
      // A plain "constructor" field is ordinary data.
      const plain = await patchOrganization('{"name":"Acme","constructor":"y"}');
      expect(plain.statusCode).toBe(400);
      expect(plain.json().error.issues[0].path).toBe("constructor");
    });

    it("answers a body that is not JSON with 415", async () => {
      for (const contentType of ["text/plain", "application/xml", "application/x-www-form-urlencoded"]) {
        const response = await patchOrganization("name=Acme", contentType);
        expect(response.statusCode).toBe(415);
        expect(response.json().error.code).toBe("unsupported_media_type");
        expect(response.json().error.message).toContain("application/json");
      }
    });

    it("answers wrong types with 400 naming the field", async () => {
      const response = await ctx.app.inject({
        method: "POST",
        url: LOGIN,
        payload: { email: "a@example.com", password: 12345 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe("password");
      expect(response.json().error.message).toContain("password");
      const patch = await ctx.admin.request("PATCH", "/api/v1/organization", { name: ["Acme"] });
      expect(patch.statusCode).toBe(400);
      expect(patch.json().error.issues[0].path).toBe("name");
    });

    it("answers unknown routes with a JSON 404", async () => {
      for (const response of [
        await ctx.app.inject({ method: "GET", url: "/api/no-such-thing?x=1" }),
        await ctx.admin.request("GET", "/api/v1/no-such-thing"),
        await ctx.admin.request("DELETE", "/api/v1/organization"),
      ]) {
        expect(response.statusCode).toBe(404);
        expect(response.headers["content-type"]).toContain("application/json");
        expect(response.json().error.code).toBe("not_found");
      }
      expect((await ctx.app.inject({ method: "GET", url: "/api/no-such-thing?x=1" })).json().error.message).toBe(
        "No route GET /api/no-such-thing.",
      );
    });
  });

  describe("documents and health", () => {
    it("reports health and the database in use", async () => {
      const response = await ctx.app.inject({ method: "GET", url: "/api/health" });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: "ok", database: ctx.dialect });
    });

    it("serves an OpenAPI 3 document that lists every /api/v1 route of the app", async () => {
      const response = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
      expect(response.statusCode).toBe(200);
      const doc = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
      expect(doc.openapi).toMatch(/^3\./);
      const routes = registeredRoutes(ctx.app).filter(
        (r) => r.url.startsWith("/api/v1/") && !r.hidden && r.method !== "HEAD" && r.method !== "OPTIONS",
      );
      expect(routes.length).toBeGreaterThan(10);
      const missing = routes
        .filter((r) => !doc.paths[openApiPath(r.url)]?.[r.method.toLowerCase()])
        .map((r) => `${r.method} ${r.url}`);
      expect(missing).toEqual([]);
      // Spot-check that documented operations carry their summary and error responses.
      const patchUser = doc.paths["/api/v1/users/{id}"]?.patch as { summary?: string; responses?: object };
      expect(patchUser.summary).toContain("role");
      expect(Object.keys(patchUser.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404", "409"]));
    });

    it("serves the interactive API docs as HTML", async () => {
      let response = await ctx.app.inject({ method: "GET", url: "/api/docs" });
      if (response.statusCode === 302) {
        response = await ctx.app.inject({ method: "GET", url: String(response.headers.location) });
      }
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/html");
      expect(response.body).toContain("swagger");
    });
  });

  describe("access", () => {
    it("answers 401 without a session on every /api/v1 route that is not public", async () => {
      const routes = registeredRoutes(ctx.app).filter((r) => r.url.startsWith("/api/v1/") && !r.public);
      // Ours alone are more than this; a broken catalog would make the loop below vacuous.
      expect(routes.length).toBeGreaterThan(10);
      const open: string[] = [];
      for (const route of routes) {
        const url = route.url.replace(/:[A-Za-z0-9_]+/g, DUMMY_ID).replace(/\*/g, "x");
        const response = await ctx.app.inject({ method: route.method, url });
        if (response.statusCode !== 401) open.push(`${route.method} ${route.url} → ${response.statusCode}`);
      }
      expect(open).toEqual([]);
    });

    it("lists the routes that are public on purpose", () => {
      const publicRoutes = registeredRoutes(ctx.app)
        .filter((r) => r.url.startsWith("/api/v1/") && r.public && r.method !== "HEAD")
        .map((r) => `${r.method} ${r.url}`);
      expect(publicRoutes).toEqual(
        expect.arrayContaining([
          "GET /api/v1/setup",
          "POST /api/v1/setup",
          "POST /api/v1/auth/login",
          "POST /api/v1/auth/logout",
          "GET /api/v1/invitations/lookup",
          "POST /api/v1/invitations/accept",
        ]),
      );
      expect(publicRoutes).not.toContain("GET /api/v1/users");
    });
  });
});

describe("unexpected errors", () => {
  it("answer 500 without leaking the error's message or stack", async () => {
    const database = await createTestDatabase("sqlite");
    const app = await buildApp({ config: loadConfig({}), database, logger: false });
    app.get("/api/test-failure", async () => {
      throw new Error("connect ECONNREFUSED db.internal:5432 password=hunter2");
    });
    try {
      await app.ready();
      const response = await app.inject({ method: "GET", url: "/api/test-failure" });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({
        error: {
          code: "internal_error",
          message: "Something went wrong on our side. Try again; if it persists, check the server log.",
        },
      });
      expect(response.body).not.toMatch(/hunter2|ECONNREFUSED|at .*\.ts/);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe("security headers follow the transport", () => {
  it("does not ask browsers to upgrade plain-http requests unless the instance uses secure cookies", async () => {
    for (const secure of [false, true]) {
      const database = connectSqlite(":memory:");
      const config = { ...loadConfig({}), secureCookies: secure };
      const app = await buildApp({ config, database, logger: false });
      const response = await app.inject({ method: "GET", url: "/api/health" });
      const csp = String(response.headers["content-security-policy"]);
      expect(csp.includes("upgrade-insecure-requests")).toBe(secure);
      expect(response.headers["strict-transport-security"] !== undefined).toBe(secure);
      await app.close();
      await database.close();
    }
  });
});
