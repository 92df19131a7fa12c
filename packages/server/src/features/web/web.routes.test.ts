import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webRoutes } from "./web.routes.js";

let dir: string;
let app: FastifyInstance;

async function build(distDir: string): Promise<FastifyInstance> {
  const instance = Fastify({ logger: false });
  instance.get("/api/v1/health", async () => ({ ok: true }));
  instance.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: { code: "not_found", message: "x" } }),
  );
  await webRoutes(instance, { distDir });
  await instance.ready();
  return instance;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "yardstick-web-"));
});
afterEach(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("webRoutes with a build", () => {
  beforeEach(async () => {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><div id=root></div>");
    writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(join(dir, "robots.txt"), "User-agent: *");
    app = await build(dir);
  });

  it("serves index.html at / without caching", async () => {
    const res = await app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.headers["cache-control"]).toContain("no-cache");
    expect(res.body).toContain("id=root");
  });

  it("falls back to index.html for deep links of the client router", async () => {
    const res = await app.inject({ method: "GET", url: "/roles/123?tab=framework" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("id=root");
  });

  it("serves hashed assets with immutable caching", async () => {
    const res = await app.inject({ method: "GET", url: "/assets/index-abc123.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.body).toBe("console.log(1)");
  });

  it("serves other files at the root of dist", async () => {
    const res = await app.inject({ method: "GET", url: "/robots.txt" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("User-agent: *");
  });

  it("answers 404 for a missing asset instead of the app page", async () => {
    const res = await app.inject({ method: "GET", url: "/assets/gone-123.js" });
    expect(res.statusCode).toBe(404);
  });

  it("keeps unknown API paths as JSON 404s and leaves API routes alone", async () => {
    const missing = await app.inject({ method: "GET", url: "/api/v1/nope" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: "not_found" } });
    const health = await app.inject({ method: "GET", url: "/api/v1/health" });
    expect(health.json()).toEqual({ ok: true });
  });

  it("does not serve files outside dist", async () => {
    const res = await app.inject({ method: "GET", url: "/assets/..%2f..%2fetc%2fpasswd" });
    expect(res.statusCode).toBe(404);
  });
});

describe("webRoutes without a build", () => {
  it("answers / with a page that says how to build the web app", async () => {
    app = await build(join(dir, "missing"));
    const res = await app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain("npm run build");
    const deep = await app.inject({ method: "GET", url: "/strategy" });
    expect(deep.body).toContain("npm run build");
  });
});
