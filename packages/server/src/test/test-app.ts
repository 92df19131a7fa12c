import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe } from "vitest";
import { buildApp } from "../app.js";
import { loadConfig } from "../config/config.js";
import type { DatabaseHandle, DialectName } from "../db/connect.js";
import type { MembershipRole } from "../db/database.js";
import { newId, nowIso } from "../db/executor.js";
import { insertMembership, insertOrganization, insertUser } from "../features/auth/account.repository.js";
import { AuthService } from "../features/auth/auth.service.js";
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

/** A client around a session started directly (no login round-trip, so no login rate limit). */
export async function sessionClient(
  app: FastifyInstance,
  database: DatabaseHandle,
  userId: string,
  organizationId: string,
) {
  const session = await new AuthService(database.db, 3_600_000).startSession(userId, organizationId);
  const cookie = `yardstick_session=${session.token}`;
  const client: TestClient = {
    cookie,
    csrfToken: session.me.csrfToken,
    userId,
    organizationId,
    request: (method, url, body) =>
      app.inject({
        method,
        url,
        headers: { cookie, "x-csrf-token": session.me.csrfToken },
        ...(body === undefined ? {} : { payload: body as InjectOptions["payload"] }),
      }),
  };
  return client;
}

/** A new user with the given role in an organization (the admin's by default), signed in. */
export async function signInAs(
  ctx: Pick<TestAppContext, "app" | "database" | "admin">,
  role: MembershipRole,
  organizationId = ctx.admin.organizationId,
): Promise<TestClient> {
  counter += 1;
  const userId = newId();
  await insertUser(ctx.database.db, {
    id: userId,
    email: `${role}${counter}-${userId.slice(0, 8)}@example.com`,
    name: `Test ${role} ${counter}`,
    // Not a valid argon2 hash: this user can only use the session made here, never log in.
    password_hash: "!test-user-without-password",
    created_at: nowIso(),
    disabled_at: null,
  });
  await insertMembership(ctx.database.db, {
    id: newId(),
    organization_id: organizationId,
    user_id: userId,
    role,
    created_at: nowIso(),
  });
  return sessionClient(ctx.app, ctx.database, userId, organizationId);
}

/** A second, unrelated organization with its own signed-in admin: for cross-tenant tests. */
export async function otherOrganizationAdmin(
  ctx: Pick<TestAppContext, "app" | "database" | "admin">,
): Promise<TestClient> {
  const organizationId = newId();
  await insertOrganization(ctx.database.db, {
    id: organizationId,
    name: `Other Org ${newId().slice(0, 6)}`,
    settings: "{}",
    created_at: nowIso(),
  });
  return signInAs(ctx, "admin", organizationId);
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
