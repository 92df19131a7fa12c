import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig: sign-in limits", () => {
  it("defaults to 10 sign-ins per IP a minute and a 15-minute lock after 5 failures", () => {
    expect(loadConfig({})).toMatchObject({ loginRateLimitPerMinute: 10, loginMaxFailures: 5, loginLockMinutes: 15 });
  });

  it("reads the YARDSTICK_LOGIN_* variables", () => {
    const config = loadConfig({
      YARDSTICK_LOGIN_RATE_LIMIT: "3",
      YARDSTICK_LOGIN_MAX_FAILURES: "7",
      YARDSTICK_LOGIN_LOCK_MINUTES: "30",
    });
    expect(config).toMatchObject({ loginRateLimitPerMinute: 3, loginMaxFailures: 7, loginLockMinutes: 30 });
  });

  it("refuses values that are not whole numbers of at least 1, naming the variable", () => {
    for (const value of ["0", "-1", "2.5", "ten"]) {
      expect(() => loadConfig({ YARDSTICK_LOGIN_RATE_LIMIT: value })).toThrow(
        `YARDSTICK_LOGIN_RATE_LIMIT must be a whole number of at least 1, got "${value}"`,
      );
    }
  });
});
