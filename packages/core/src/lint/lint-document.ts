import type { FrameworkDocument } from "../model/framework-document.schema.js";
import type { Finding, LintOptions } from "./lint.types.js";
import { buildLintContext } from "./lint-context.js";
import { allRules } from "./lint-rules.js";
import { comparePaths } from "./path-order.js";

/**
 * Runs the quality rules over a framework document. Pure and synchronous: the same call runs
 * live in the editor, in the API and in the CLI.
 *
 * Rules listed in `options.disabledRules` or the document's `lint.disabledRules` are skipped.
 * With `options.scope.role`, framework and assignment rules look only at that role's frameworks,
 * KPI rules only at the KPIs those frameworks use, and organization rules do not run.
 * Findings are ordered by path (indexes numerically), then rule id, then message.
 */
export function lintDocument(doc: FrameworkDocument, options: LintOptions = {}): Finding[] {
  const disabled = new Set([...(options.disabledRules ?? []), ...(doc.lint?.disabledRules ?? [])]);
  const ctx = buildLintContext(doc, options);
  const findings: Finding[] = [];
  for (const rule of allRules) {
    if (disabled.has(rule.info.id)) continue;
    for (const found of rule.check(ctx)) {
      findings.push({
        rule: rule.info.id,
        severity: rule.info.severity,
        path: found.path,
        message: found.message,
        hint: found.hint,
      });
    }
  }
  return findings.sort(
    (a, b) =>
      comparePaths(a.path, b.path) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** Whether any finding is an error (errors block publishing; warnings and info do not). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}
