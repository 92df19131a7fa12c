import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe } from "vitest";
import { buildApp } from "../app.js";
import { loadConfig } from "../config/config.js";
import type { DatabaseHandle, DialectName } from "../db/connect.js";
import { createTestDatabase, testDialects } from "./test-database.js";

/** A signed-in caller: sends its session cookie and CSRF token with every request. */
export interface TestClient {
  cookie: string;
  csrfToken: string;
  userId: string;
  organizationId: string;
  request(method: InjectOptions["method"], url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestAppContext {
  app: FastifyInstance;
  database: DatabaseHandle;
  dialect: DialectName;
  /** The first-run admin of the first organization (created by POST /api/v1/setup). */
  admin: TestClient;
}

export async function buildTestApp(database: DatabaseHandle): Promise<FastifyInstance> {
  const config = { ...loadConfig({}), sessionTtlHours: 1 };
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return app;
}

export function clientFrom(app: FastifyInstance, response: LightMyRequestResponse): TestClient {
  const setCookie = response.cookies.find((c) => c.name === "yardstick_session");
  if (!setCookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  const me = response.json() as { id: string; csrfToken: string; organization: { id: string } };
  const cookie = `yardstick_session=${setCookie.value}`;
  return {
    cookie,
    csrfToken: me.csrfToken,
    userId: me.id,
    organizationId: me.organization.id,
    request: (method, url, body) =>
      app.inject({
        method,
        url,
        headers: { cookie, "x-csrf-token": me.csrfToken },
        ...(body === undefined ? {} : { payload: body as InjectOptions["payload"] }),
      }),
  };
}

let counter = 0;
/** Makes the first organization and its admin through the real setup endpoint. */
export async function setupAdmin(app: FastifyInstance, organization = "Acme Test"): Promise<TestClient> {
  counter += 1;
  const response = await app.inject({
    method: "POST",
    url: "/api/v1/setup",
    payload: {
      organization,
      name: "Ada Admin",
      email: `admin${counter}@example.com`,
      password: "correct horse battery",
    },
  });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.statusCode} ${response.body}`);
  return clientFrom(app, response);
}

/**
 * `describe` once per dialect with a fresh database, a built app and a signed-in admin.
 * The tests of one block share them, so use unique keys per test.
 */
export function describeEachApp(name: string, body: (ctx: TestAppContext) => void) {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      const ctx = { dialect } as TestAppContext;
      beforeAll(async () => {
        ctx.database = await createTestDatabase(dialect);
        ctx.app = await buildTestApp(ctx.database);
        ctx.admin = await setupAdmin(ctx.app);
      });
      afterAll(async () => {
        await ctx.app?.close();
        await ctx.database?.close();
      });
      body(ctx);
    });
  }
}
