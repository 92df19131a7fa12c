import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { Command, CommanderError } from "commander";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectSqlite, type DatabaseHandle } from "../db/connect.js";
import { verifyPassword } from "../features/auth/password.js";
import { registerUserCommand } from "./user.command.js";

const PASSWORD = "a long enough password";

describe("yardstick user create", () => {
  let dataDir: string;
  let output: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "yardstick-user-cli-"));
    output = "";
  });
  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Runs the command as the CLI would, with `stdinText` piped in. */
  async function run(args: string[], stdinText = `${PASSWORD}\n`): Promise<void> {
    const program = new Command().exitOverride().configureOutput({
      writeOut: (text) => {
        output += text;
      },
      writeErr: (text) => {
        output += text;
      },
    });
    registerUserCommand(program, {
      env: { YARDSTICK_DATA_DIR: dataDir },
      stdin: Readable.from([stdinText]),
      stdout: { write: (text: string) => (output += text) },
    });
    await program.parseAsync(["user", "create", ...args], { from: "user" });
  }

  async function withDatabase<T>(body: (database: DatabaseHandle) => Promise<T>): Promise<T> {
    const database = connectSqlite(dataDir);
    try {
      return await body(database);
    } finally {
      await database.close();
    }
  }

  const members = (database: DatabaseHandle) =>
    database.db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .innerJoin("organizations", "organizations.id", "memberships.organization_id")
      .select(["users.email", "users.name", "users.password_hash", "memberships.role", "organizations.name as org"])
      .orderBy("users.email")
      .execute();

  it("creates the first admin and the organization in a fresh data folder, with the piped password", async () => {
    await run([
      "--email",
      "Ada@Example.com",
      "--name",
      "Ada Lovelace",
      "--role",
      "admin",
      "--organization",
      "Acme",
      "--password-stdin",
    ]);
    expect(output).toContain('Created organization "Acme".');
    expect(output).toContain('Created user ada@example.com (admin) in "Acme".');
    const rows = await withDatabase(members);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: "ada@example.com", name: "Ada Lovelace", role: "admin", org: "Acme" });
    expect(await verifyPassword(rows[0]?.password_hash ?? "", PASSWORD)).toBe(true);
  });

  it("adds further users to the organization by name or id, reading a piped password without the flag", async () => {
    await run(["--email", "ada@example.com", "--name", "Ada", "--role", "admin", "--organization", "Acme"]);
    const orgId = await withDatabase(
      async (d) => (await d.db.selectFrom("organizations").select("id").executeTakeFirstOrThrow()).id,
    );
    await run(
      ["--email", "bo@example.com", "--name", "Bo", "--role", "hr", "--organization", orgId],
      "another long password\n",
    );
    await run(["--email", "cy@example.com", "--name", "Cy", "--role", "employee", "--organization", "Acme"]);
    const rows = await withDatabase(members);
    expect(rows.map((r) => [r.email, r.role, r.org])).toEqual([
      ["ada@example.com", "admin", "Acme"],
      ["bo@example.com", "hr", "Acme"],
      ["cy@example.com", "employee", "Acme"],
    ]);
    expect(await verifyPassword(rows[1]?.password_hash ?? "", "another long password")).toBe(true);
    expect(await withDatabase((d) => d.db.selectFrom("organizations").selectAll().execute())).toHaveLength(1);
  });

  it("adds an existing account to a second organization without touching its password", async () => {
    await run(["--email", "ada@example.com", "--name", "Ada", "--role", "admin", "--organization", "Acme"]);
    await run(["--email", "ada@example.com", "--name", "Ada", "--role", "admin", "--organization", "Beta"], "");
    expect(output).toContain('Added existing user ada@example.com to "Beta" as admin.');
    const rows = await withDatabase(members);
    expect(rows.map((r) => r.org).sort()).toEqual(["Acme", "Beta"]);
    expect(await verifyPassword(rows[0]?.password_hash ?? "", PASSWORD)).toBe(true);
    await expect(
      run(["--email", "ada@example.com", "--name", "Ada", "--role", "hr", "--organization", "Acme"]),
    ).rejects.toThrow('ada@example.com is already a member of "Acme"');
  });

  it("refuses to create an organization for a non-admin, and writes nothing", async () => {
    await expect(
      run(["--email", "bo@example.com", "--name", "Bo", "--role", "hr", "--organization", "Nowhere"]),
    ).rejects.toThrow('No organization with id or name "Nowhere"');
    expect(await withDatabase((d) => d.db.selectFrom("users").selectAll().execute())).toEqual([]);
  });

  it("refuses bad input naming the option", async () => {
    const base = ["--name", "Bo", "--role", "admin", "--organization", "Acme"];
    await expect(run(["--email", "not-an-email", ...base])).rejects.toThrow("--email must be an email address");
    await expect(run(["--email", "bo@example.com", ...base], "short\n")).rejects.toThrow(
      "--password must be at least 12 characters",
    );
    await expect(
      run(["--email", "bo@example.com", "--name", "Bo", "--role", "owner", "--organization", "Acme"]),
    ).rejects.toBeInstanceOf(CommanderError);
    expect(output).toContain("Allowed choices are admin, hr, manager, employee");
    await expect(run(["--email", "bo@example.com", "--role", "hr", "--organization", "Acme"])).rejects.toThrow(
      /required option '--name <name>' not specified/,
    );
    expect(await withDatabase((d) => d.db.selectFrom("users").selectAll().execute())).toEqual([]);
  });

  it("explains itself with --help", async () => {
    const error = await run(["--help"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as CommanderError).code).toBe("commander.helpDisplayed");
    for (const text of [
      "--email <email>",
      "--role <role>",
      "--organization <name|id>",
      "--password-stdin",
      "Examples:",
    ]) {
      expect(output).toContain(text);
    }
  });
});
