import { type Command, Option } from "commander";
import type { z } from "zod";
import { loadConfig } from "../config/config.js";
import { connectDatabase } from "../db/connect.js";
import type { MembershipRole } from "../db/database.js";
import type { Executor } from "../db/executor.js";
import { newId, nowIso } from "../db/executor.js";
import { migrateToLatest } from "../db/migrate.js";
import {
  findUserByEmail,
  insertMembership,
  insertOrganization,
  insertUser,
} from "../features/auth/account.repository.js";
import { emailSchema, passwordSchema, personNameSchema } from "../features/auth/auth.schemas.js";
import { hashPassword } from "../features/auth/password.js";
import { findOrganizationByIdOrName } from "../features/users/organization.repository.js";
import { hasMembership } from "../features/users/users.repository.js";

const ROLES: MembershipRole[] = ["admin", "hr", "manager", "employee"];

/** Where the command reads the password and writes its report; tests pass their own. */
export interface UserCommandIo {
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout?: { write(text: string): unknown };
}

export interface CreateUserInput {
  email: string;
  name: string;
  role: MembershipRole;
  /** Organization id or exact name. */
  organization: string;
}

export interface CreateUserResult {
  userId: string;
  organizationId: string;
  organizationName: string;
  createdUser: boolean;
  createdOrganization: boolean;
}

function checked<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`--${option} ${result.error.issues[0]?.message ?? "is invalid"}`);
  return result.data;
}

const missingOrganization = (idOrName: string) =>
  new Error(
    `No organization with id or name "${idOrName}". Check the name, or create the organization ` +
      "with its first admin (--role admin).",
  );

/**
 * Creates the user (or reuses the account with that email) and their membership, in one
 * transaction. An unknown organization is created only for an admin, so a first admin can be
 * made from the shell; for other roles a typo must not silently start a new organization.
 */
export async function createUserWithMembership(
  db: Executor,
  input: CreateUserInput,
  passwordHash: string | undefined,
): Promise<CreateUserResult> {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    let organization = await findOrganizationByIdOrName(trx, input.organization);
    let createdOrganization = false;
    if (!organization) {
      if (input.role !== "admin") {
        throw missingOrganization(input.organization);
      }
      organization = { id: newId(), name: input.organization };
      await insertOrganization(trx, { id: organization.id, name: organization.name, settings: "{}", created_at: now });
      createdOrganization = true;
    }

    const existing = await findUserByEmail(trx, input.email);
    let userId = existing?.id;
    if (!userId) {
      if (!passwordHash) throw new Error(`A password is needed to create ${input.email}.`);
      userId = newId();
      await insertUser(trx, {
        id: userId,
        email: input.email,
        name: input.name,
        password_hash: passwordHash,
        created_at: now,
        disabled_at: null,
      });
    } else if (await hasMembership(trx, organization.id, userId)) {
      throw new Error(`${input.email} is already a member of "${organization.name}". Change roles in the app.`);
    }
    await insertMembership(trx, {
      id: newId(),
      organization_id: organization.id,
      user_id: userId,
      role: input.role,
      created_at: now,
    });
    return {
      userId,
      organizationId: organization.id,
      organizationName: organization.name,
      createdUser: !existing,
      createdOrganization,
    };
  });
}

/** The first line of piped input (so `echo "$PASSWORD" | yardstick user create …` works). */
async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

/** Asks for a password on the terminal without echoing it. */
function promptHidden(
  stdin: NonNullable<UserCommandIo["stdin"]>,
  stdout: NonNullable<UserCommandIo["stdout"]>,
  question: string,
) {
  return new Promise<string>((resolve, reject) => {
    let value = "";
    const finish = (error?: Error) => {
      stdin.removeListener("data", onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      stdout.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003") return finish(new Error("Cancelled."));
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdout.write(question);
    stdin.setRawMode?.(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

async function readPassword(io: Required<Pick<UserCommandIo, "stdin" | "stdout">>, fromStdin: boolean) {
  if (fromStdin || !io.stdin.isTTY) return readFirstLine(io.stdin);
  const first = await promptHidden(io.stdin, io.stdout, "Password (at least 12 characters): ");
  const again = await promptHidden(io.stdin, io.stdout, "Repeat the password: ");
  if (first !== again) throw new Error("The two passwords differ. Nothing was created.");
  return first;
}

interface CreateOptions {
  email: string;
  name: string;
  role: MembershipRole;
  organization: string;
  passwordStdin: boolean;
}

/** `yardstick user create`: accounts from the shell, e.g. the first admin of a scripted install. */
export function registerUserCommand(program: Command, io: UserCommandIo = {}): void {
  const stdin = io.stdin ?? process.stdin;
  const stdout = io.stdout ?? process.stdout;
  const user = program.command("user").description("Manage user accounts");

  user
    .command("create")
    .description("Create a user with a role in an organization (or add an existing user to it)")
    .requiredOption("--email <email>", "sign-in email")
    .requiredOption("--name <name>", "display name")
    .addOption(new Option("--role <role>", "role in the organization").choices(ROLES).makeOptionMandatory())
    .requiredOption("--organization <name|id>", "organization name or id; created if missing and --role is admin")
    .option("--password-stdin", "read the password from the first line of standard input", false)
    .addHelpText(
      "after",
      [
        "",
        "Without --password-stdin you are asked for the password (unless input is piped).",
        "An email that already has an account keeps its password and only gets the new membership.",
        "",
        "Examples:",
        '  yardstick user create --email ada@example.com --name "Ada Lovelace" --role admin --organization "Acme"',
        '  echo "$PASSWORD" | yardstick user create --email bo@example.com --name Bo --role hr --organization Acme --password-stdin',
      ].join("\n"),
    )
    .action(async (options: CreateOptions) => {
      const input: CreateUserInput = {
        email: checked(emailSchema, options.email, "email"),
        name: checked(personNameSchema, options.name, "name"),
        role: options.role,
        organization: options.organization.trim(),
      };
      const database = connectDatabase(loadConfig(io.env ?? process.env));
      try {
        await migrateToLatest(database.db);
        // Fail before asking for a password when the command cannot succeed anyway.
        if (input.role !== "admin" && !(await findOrganizationByIdOrName(database.db, input.organization))) {
          throw missingOrganization(input.organization);
        }
        let passwordHash: string | undefined;
        if (!(await findUserByEmail(database.db, input.email))) {
          const password = await readPassword({ stdin, stdout }, options.passwordStdin);
          passwordHash = await hashPassword(checked(passwordSchema, password, "password"));
        }
        const result = await createUserWithMembership(database.db, input, passwordHash);
        const lines = [
          result.createdOrganization ? `Created organization "${result.organizationName}".` : undefined,
          result.createdUser
            ? `Created user ${input.email} (${input.role}) in "${result.organizationName}".`
            : `Added existing user ${input.email} to "${result.organizationName}" as ${input.role}.`,
        ];
        stdout.write(`${lines.filter(Boolean).join("\n")}\n`);
      } finally {
        await database.close();
      }
    });
}
