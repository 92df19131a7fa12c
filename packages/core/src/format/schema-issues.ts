import type { z } from "zod";
import { formatPath } from "./document-path.js";

/** A schema problem with its path as segments, ready to be located in a source file. */
export interface SchemaProblem {
  segments: PropertyKey[];
  /** For unknown fields: point at the key rather than at the object holding it. */
  atKey: boolean;
  message: string;
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * Turns zod issues into messages a person editing the file understands: unknown fields one by
 * one, missing fields named as missing, an unknown scoring method with the valid choices.
 */
export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[], input: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of issues) {
    const segments = [...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({ segments: [...segments, key], atKey: true, message: `Unknown field "${key}"` });
      }
      continue;
    }
    if (issue.code === "invalid_union" && "discriminator" in issue && issue.discriminator) {
      const options = "options" in issue && Array.isArray(issue.options) ? issue.options.join(", ") : "";
      const given = valueAt(input, segments);
      problems.push({
        segments,
        atKey: false,
        message:
          given === undefined
            ? `Missing "${String(issue.discriminator)}"; use one of: ${options}`
            : `Unknown ${String(issue.discriminator)} ${JSON.stringify(given)}; use one of: ${options}`,
      });
      continue;
    }
    if (issue.code === "invalid_type" && valueAt(input, segments) === undefined) {
      const last = segments[segments.length - 1];
      problems.push({
        segments,
        atKey: false,
        message: last === undefined ? "A value is required" : `Missing required field "${String(last)}"`,
      });
      continue;
    }
    problems.push({ segments, atKey: false, message: issue.message });
  }
  return problems;
}

/** Path string of a problem, or undefined at the document root. */
export function problemPath(problem: SchemaProblem): string | undefined {
  const path = formatPath(problem.segments);
  return path === "" ? undefined : path;
}
