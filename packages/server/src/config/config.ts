import path from "node:path";

/** Runtime configuration, read once from the environment. */
export interface AppConfig {
  port: number;
  host: string;
  /** Folder of the embedded SQLite database (ignored when databaseUrl is set). */
  dataDir: string;
  /** postgres://… selects PostgreSQL; unset selects SQLite. */
  databaseUrl: string | undefined;
  /** Sessions last this long without activity. */
  sessionTtlHours: number;
  /** Cookies get the Secure flag; on by default in production. */
  secureCookies: boolean;
  logLevel: string;
  /** Sign-in and setup requests allowed per client IP per minute (YARDSTICK_LOGIN_RATE_LIMIT). */
  loginRateLimitPerMinute: number;
  /** Failed sign-ins for one email within `loginLockMinutes` that lock it (YARDSTICK_LOGIN_MAX_FAILURES). */
  loginMaxFailures: number;
  /** How long a locked email stays locked, and the window failures are counted in (YARDSTICK_LOGIN_LOCK_MINUTES). */
  loginLockMinutes: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error("DATABASE_URL must start with postgres:// (unset it to use the embedded SQLite database)");
  }
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.YARDSTICK_DATA_DIR ?? "./data"),
    databaseUrl,
    sessionTtlHours: Number(env.YARDSTICK_SESSION_TTL_HOURS ?? 12),
    secureCookies: env.YARDSTICK_SECURE_COOKIES
      ? env.YARDSTICK_SECURE_COOKIES === "true"
      : env.NODE_ENV === "production",
    logLevel: env.LOG_LEVEL ?? "info",
    loginRateLimitPerMinute: positiveInteger(env, "YARDSTICK_LOGIN_RATE_LIMIT", 10),
    loginMaxFailures: positiveInteger(env, "YARDSTICK_LOGIN_MAX_FAILURES", 5),
    loginLockMinutes: positiveInteger(env, "YARDSTICK_LOGIN_LOCK_MINUTES", 15),
  };
}
