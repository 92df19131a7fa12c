import type { FrameworkDocument } from "../model/framework-document.schema.js";

/** A problem that stops a framework file from being read. Line and column are 1-based. */
export interface FormatError {
  message: string;
  /** Path in the document shape, e.g. `kpis[3].unit`, when the problem belongs to a field. */
  path?: string;
  line?: number;
  column?: number;
}

export type ParseFrameworkResult = { ok: true; document: FrameworkDocument } | { ok: false; errors: FormatError[] };
