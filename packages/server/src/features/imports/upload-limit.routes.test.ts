import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config/config.js";
import type { DatabaseHandle } from "../../db/connect.js";
import { setupAdmin, type TestClient } from "../../test/test-app.js";
import { createTestDatabase } from "../../test/test-database.js";
import { upload } from "./imports.factory.js";

describe("upload size limit", () => {
  let app: FastifyInstance;
  let database: DatabaseHandle;
  let admin: TestClient;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "yardstick-upload-limit-"));
    database = await createTestDatabase("sqlite");
    // A tiny limit (20 KB) set the way an operator sets it; read when the routes register.
    process.env.YARDSTICK_MAX_UPLOAD_MB = String(20 / 1024);
    try {
      app = await buildApp({ config: { ...loadConfig({}), dataDir }, database, logger: false });
      await app.ready();
    } finally {
      delete process.env.YARDSTICK_MAX_UPLOAD_MB;
    }
    admin = await setupAdmin(app);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses a file over the limit with 413 naming the limit, keeps nothing, and keeps serving", async () => {
    const big = `Employee,Month,KPI,Value\n${"E001,2026-01,revenue,1\n".repeat(2000)}`;
    const response = await upload(admin, app, "big.csv", big);
    expect(response.statusCode, response.body).toBe(413);
    expect((response.json() as { error: { message: string } }).error.message).toMatch(
      /larger than the upload limit of 20 KB \(YARDSTICK_MAX_UPLOAD_MB\)/,
    );
    expect(fs.readdirSync(path.join(dataDir, "uploads"))).toEqual([]);

    const small = await upload(admin, app, "small.csv", "Employee,Month,KPI,Value\nE001,2026-01,revenue,1\n");
    expect(small.statusCode, small.body).toBe(201);
    expect(fs.readdirSync(path.join(dataDir, "uploads")).length).toBe(2);
  });

  it("keeps the 1 MB limit for JSON bodies", async () => {
    const response = await admin.request("POST", "/api/v1/imports/preview", { uploadId: "x".repeat(1_100_000) });
    expect(response.statusCode).toBe(413);
  });
});
