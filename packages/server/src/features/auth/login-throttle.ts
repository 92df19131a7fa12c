import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../../config/config.js";
import { tooManyRequests } from "../../http/http-errors.js";

export interface LoginThrottleOptions {
  /** Failures within `windowMs` that lock the email. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

interface Entry {
  failures: number[];
  lockedUntil: number;
}

/** Beyond this many tracked emails, entries with nothing recent are dropped (then the oldest). */
const MAX_TRACKED = 10_000;

/**
 * Counts failed sign-ins per email so that guessing one account's password is slow even from
 * many addresses (the per-IP rate limit covers one address guessing many accounts).
 * Kept in memory: a restart forgets the counts, and with several server processes each counts
 * on its own. That is acceptable for a self-hosted app behind one process; a shared store would
 * be the next step if it ever runs as many.
 */
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly options: LoginThrottleOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws 429 with Retry-After while `email` is locked. */
  assertNotLocked(email: string): void {
    const entry = this.entries.get(email);
    if (!entry) return;
    const waitMs = entry.lockedUntil - this.now();
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      throw tooManyRequests(
        `Too many failed sign-ins for this email. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        waitMs / 1000,
      );
    }
  }

  recordFailure(email: string): void {
    const now = this.now();
    const entry = this.entries.get(email) ?? { failures: [], lockedUntil: 0 };
    entry.failures = entry.failures.filter((at) => now - at < this.options.windowMs);
    entry.failures.push(now);
    if (entry.failures.length >= this.options.maxFailures) {
      entry.lockedUntil = now + this.options.lockMs;
      entry.failures = [];
    }
    // Re-insert so Map order stays "least recently failed first" for pruning.
    this.entries.delete(email);
    this.entries.set(email, entry);
    if (this.entries.size > MAX_TRACKED) this.prune(now);
  }

  recordSuccess(email: string): void {
    this.entries.delete(email);
  }

  /** How many emails are tracked (for tests of the memory bound). */
  get size(): number {
    return this.entries.size;
  }

  private prune(now: number): void {
    for (const [email, entry] of this.entries) {
      const last = entry.failures.at(-1) ?? 0;
      if (entry.lockedUntil <= now && now - last >= this.options.windowMs) this.entries.delete(email);
    }
    for (const email of this.entries.keys()) {
      if (this.entries.size <= MAX_TRACKED) break;
      this.entries.delete(email);
    }
  }
}

const throttles = new WeakMap<FastifyInstance, LoginThrottle>();

/** The app's one throttle, shared by sign-in and invitation acceptance (which also checks passwords). */
export function loginThrottleFor(app: FastifyInstance, config: AppConfig): LoginThrottle {
  let throttle = throttles.get(app);
  if (!throttle) {
    const lockMs = config.loginLockMinutes * 60_000;
    throttle = new LoginThrottle({ maxFailures: config.loginMaxFailures, windowMs: lockMs, lockMs });
    throttles.set(app, throttle);
  }
  return throttle;
}
