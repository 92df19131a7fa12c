import type { ScoringIssue } from "./scoring.types.js";

/**
 * Adds an issue when `value` is not a finite number and returns whether it is one.
 * Configurations may arrive without schema parsing (e.g. built in code), so the engine checks again.
 */
export function requireFinite(issues: ScoringIssue[], path: string, value: unknown): value is number {
  if (typeof value === "number" && Number.isFinite(value)) return true;
  issues.push({ path, message: "must be a finite number" });
  return false;
}
