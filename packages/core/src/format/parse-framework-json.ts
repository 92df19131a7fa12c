import { frameworkDocumentSchema } from "../model/framework-document.schema.js";
import { findForbiddenKeys, forbiddenKeyMessage } from "./forbidden-keys.js";
import type { FormatError, ParseFrameworkResult } from "./format-error.js";
import { describeSchemaIssues, problemPath } from "./schema-issues.js";

/**
 * Validates an already parsed JSON value (e.g. an API body) as a framework document, with the
 * same error shape as {@link parseFrameworkYaml} minus positions. Refuses `__proto__`,
 * `constructor` and `prototype` keys anywhere.
 */
export function parseFrameworkJson(value: unknown): ParseFrameworkResult {
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) {
    return {
      ok: false,
      errors: forbidden.map((path) => ({ message: forbiddenKeyMessage(path.split(/[.[]/).pop() ?? path), path })),
    };
  }
  if (value === null || value === undefined) {
    return { ok: false, errors: [{ message: "Expected a framework document object" }] };
  }
  const parsed = frameworkDocumentSchema.safeParse(value);
  if (parsed.success) return { ok: true, document: parsed.data };
  const errors = describeSchemaIssues(parsed.error.issues, value).map((problem): FormatError => {
    const path = problemPath(problem);
    return path === undefined ? { message: problem.message } : { message: problem.message, path };
  });
  return { ok: false, errors };
}
