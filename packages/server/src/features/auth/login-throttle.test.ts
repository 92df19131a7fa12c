import { describe, expect, it } from "vitest";
import { HttpError } from "../../http/http-errors.js";
import { LoginThrottle } from "./login-throttle.js";

const MINUTE = 60_000;

function lockError(throttle: LoginThrottle, email: string): HttpError | undefined {
  try {
    throttle.assertNotLocked(email);
    return undefined;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
}

describe("LoginThrottle", () => {
  it("locks an email after maxFailures failures within the window, for lockMs, with Retry-After", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE }, () => now);
    throttle.recordFailure("a@example.com");
    throttle.recordFailure("a@example.com");
    expect(lockError(throttle, "a@example.com")).toBeUndefined();
    throttle.recordFailure("a@example.com");
    const locked = lockError(throttle, "a@example.com");
    expect(locked?.statusCode).toBe(429);
    expect(locked?.headers["retry-after"]).toBe("900");
    expect(locked?.message).toContain("Try again in 15 minutes");
    expect(lockError(throttle, "b@example.com")).toBeUndefined();

    now += 14 * MINUTE + 30_000;
    expect(lockError(throttle, "a@example.com")?.headers["retry-after"]).toBe("30");
    expect(lockError(throttle, "a@example.com")?.message).toContain("1 minute.");
    now += 30_000;
    expect(lockError(throttle, "a@example.com")).toBeUndefined();
  });

  it("forgets failures older than the window and resets on success", () => {
    let now = 0;
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 10 * MINUTE, lockMs: MINUTE }, () => now);
    throttle.recordFailure("a@example.com");
    throttle.recordFailure("a@example.com");
    now += 10 * MINUTE;
    throttle.recordFailure("a@example.com");
    expect(lockError(throttle, "a@example.com")).toBeUndefined();

    throttle.recordFailure("a@example.com");
    throttle.recordSuccess("a@example.com");
    throttle.recordFailure("a@example.com");
    throttle.recordFailure("a@example.com");
    expect(lockError(throttle, "a@example.com")).toBeUndefined();
    throttle.recordFailure("a@example.com");
    expect(lockError(throttle, "a@example.com")?.statusCode).toBe(429);
  });

  it("keeps memory bounded when many emails fail, dropping stale entries first", () => {
    let now = 0;
    const throttle = new LoginThrottle({ maxFailures: 5, windowMs: MINUTE, lockMs: MINUTE }, () => now);
    for (let i = 0; i < 10_000; i += 1) throttle.recordFailure(`old${i}@example.com`);
    expect(throttle.size).toBe(10_000);
    now += 2 * MINUTE;
    throttle.recordFailure("new@example.com");
    expect(throttle.size).toBe(1);
    for (let i = 0; i < 10_050; i += 1) throttle.recordFailure(`fresh${i}@example.com`);
    expect(throttle.size).toBeLessThanOrEqual(10_000);
  });
});
