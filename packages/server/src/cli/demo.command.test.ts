import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectSqlite } from "../db/connect.js";
import { verifyPassword } from "../features/auth/password.js";
import { DEMO_FIXED_PASSWORD } from "../features/demo/demo.service.js";
import { registerDemoCommand } from "./demo.command.js";

describe("yardstick demo", () => {
  let dataDir: string;
  let output: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "yardstick-demo-cli-"));
    output = "";
  });
  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function run(args: string[]): Promise<void> {
    const program = new Command().exitOverride();
    registerDemoCommand(program, { env: {}, stdout: { write: (text: string) => (output += text) } });
    await program.parseAsync(["demo", "--data-dir", dataDir, ...args], { from: "user" });
  }

  it("creates the sample company in the data directory and prints the documented login with --password", async () => {
    await run(["--password"]);
    expect(output).toMatch(/Created "Northwind Demo": 60 people, 4 quarterly cycles/);
    expect(output).toContain(`demo@yardstick.local`);
    expect(output).toContain(`password: ${DEMO_FIXED_PASSWORD}`);
    const database = connectSqlite(dataDir);
    try {
      const admin = await database.db
        .selectFrom("users")
        .select("password_hash")
        .where("email", "=", "demo@yardstick.local")
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(admin.password_hash, DEMO_FIXED_PASSWORD)).toBe(true);
    } finally {
      await database.close();
    }
  }, 120_000);

  it("refuses politely on an instance with users, unless --force-new-organization", async () => {
    await run([]);
    const printed = /demo@yardstick\.local\s+password: (\S+)/.exec(output)?.[1];
    expect(printed).toBeDefined();
    expect(printed).not.toBe(DEMO_FIXED_PASSWORD);
    await expect(run([])).rejects.toThrow(/already has users.*--force-new-organization/);
    output = "";
    await run(["--force-new-organization"]);
    expect(output).toMatch(/demo-[0-9a-f]{6}@yardstick\.local/);
    const database = connectSqlite(dataDir);
    try {
      const orgs = await database.db.selectFrom("organizations").select("name").execute();
      expect(orgs.length).toBe(2);
    } finally {
      await database.close();
    }
  }, 180_000);
});
