import { exampleDocument } from "../format/example-document.fixture.js";
import type { FrameworkDocument, Kpi, RoleFramework } from "../model/framework-document.schema.js";
import type { Finding, LintOptions } from "./lint.types.js";
import { lintDocument } from "./lint-document.js";

export { exampleDocument };

/** The findings of one rule for a document. */
export function findingsOf(doc: FrameworkDocument, rule: string, options?: LintOptions): Finding[] {
  return lintDocument(doc, options).filter((finding) => finding.rule === rule);
}

/** The example document after a mutation. */
export function exampleWith(mutate: (doc: FrameworkDocument) => void): FrameworkDocument {
  const doc = exampleDocument();
  mutate(doc);
  return doc;
}

export function kpiOf(doc: FrameworkDocument, key: string): Kpi {
  const kpi = doc.kpis.find((k) => k.key === key);
  if (!kpi) throw new Error(`no KPI ${key} in the example`);
  return kpi;
}

export function frameworkOf(doc: FrameworkDocument, role: string): RoleFramework {
  const framework = doc.frameworks.find((f) => f.role === role);
  if (!framework) throw new Error(`no framework for ${role} in the example`);
  return framework;
}
