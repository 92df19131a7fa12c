import { type FormatError, type FrameworkDocument, parseFrameworkJson, parseFrameworkYaml } from "@yardstick/core";
import { badRequest, type FieldIssue } from "../../http/http-errors.js";

/** `kpis[3].unit` → `kpis.3.unit`, the path style of every API issue. */
function issuePath(path: string | undefined): string {
  return path ? path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "") : "(body)";
}

function toIssue(error: FormatError): FieldIssue {
  const where = error.line !== undefined ? ` (line ${error.line}, column ${error.column ?? 1})` : "";
  return { path: issuePath(error.path), message: `${error.message}${where}` };
}

/** A framework document from a YAML text or an already parsed JSON body; 400 with every problem otherwise. */
export function parseDocumentBody(body: unknown): FrameworkDocument {
  const result = typeof body === "string" ? parseFrameworkYaml(body) : parseFrameworkJson(body);
  if (result.ok) return result.document;
  const issues = result.errors.map(toIssue);
  const first = issues[0];
  throw badRequest(
    first
      ? `The framework document cannot be read: ${first.path}: ${first.message}`
      : "The framework document cannot be read.",
    issues,
  );
}
