import { type Document, isScalar, LineCounter, parseDocument, visit } from "yaml";
import { frameworkDocumentSchema } from "../model/framework-document.schema.js";
import { forbiddenKeyMessage } from "./forbidden-keys.js";
import type { FormatError, ParseFrameworkResult } from "./format-error.js";
import { exceedsMaxFileSize, FORBIDDEN_KEYS, MAX_ALIAS_COUNT, MAX_FILE_BYTES } from "./input-limits.js";
import { locateYamlOffset } from "./locate-yaml-node.js";
import { describeSchemaIssues, problemPath } from "./schema-issues.js";

function at(lineCounter: LineCounter, offset: number | undefined): Pick<FormatError, "line" | "column"> {
  if (offset === undefined) return {};
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function forbiddenKeyErrors(doc: Document, lineCounter: LineCounter): FormatError[] {
  const errors: FormatError[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !FORBIDDEN_KEYS.has(String(pair.key.value))) return;
      errors.push({ message: forbiddenKeyMessage(String(pair.key.value)), ...at(lineCounter, pair.key.range?.[0]) });
    },
  });
  return errors;
}

function readYaml(text: string): ParseFrameworkResult {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: no timestamps or other implicit types beyond numbers, booleans, null.
  const doc = parseDocument(text, { schema: "core", lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors: FormatError[] = [...doc.errors, ...doc.warnings].map((error) => ({
    // The parser reports stack exhaustion on absurd nesting as its own error; say what it means.
    message: /call stack/i.test(error.message) ? "The file is nested too deeply to read" : error.message,
    ...at(lineCounter, error.pos[0]),
  }));
  if (syntaxErrors.length > 0) return { ok: false, errors: syntaxErrors };

  const forbidden = forbiddenKeyErrors(doc, lineCounter);
  if (forbidden.length > 0) return { ok: false, errors: forbidden };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return {
        ok: false,
        errors: [{ message: `Too many alias expansions (more than ${MAX_ALIAS_COUNT}); write the values out instead` }],
      };
    }
    throw error;
  }
  if (value === null || value === undefined) {
    return {
      ok: false,
      errors: [
        { message: "The file is empty; expected a mapping with yardstick, objectives, roles, kpis and frameworks" },
      ],
    };
  }

  const parsed = frameworkDocumentSchema.safeParse(value);
  if (parsed.success) return { ok: true, document: parsed.data };
  const errors = describeSchemaIssues(parsed.error.issues, value).map((problem): FormatError => {
    const path = problemPath(problem);
    return {
      message: problem.message,
      ...(path === undefined ? {} : { path }),
      ...at(lineCounter, locateYamlOffset(doc, problem.segments, problem.atKey)),
    };
  });
  return { ok: false, errors };
}

/**
 * Reads a framework file (YAML). Syntax errors carry line and column; schema errors carry the
 * document path and the line and column of the offending node (or of its nearest ancestor when
 * a field is missing). Refuses files over 5 MB, `__proto__` / `constructor` / `prototype` keys,
 * more than 100 alias expansions, and unresolved tags.
 */
export function parseFrameworkYaml(text: string): ParseFrameworkResult {
  if (exceedsMaxFileSize(text)) {
    return { ok: false, errors: [{ message: `The file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB` }] };
  }
  try {
    return readYaml(text);
  } catch (error) {
    // Pathological nesting can exhaust the parser's stack; report it rather than crash.
    if (error instanceof RangeError) {
      return { ok: false, errors: [{ message: "The file is nested too deeply to read" }] };
    }
    throw error;
  }
}
