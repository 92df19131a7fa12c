export type { Finding, LintOptions, RuleInfo, RuleScope, Severity } from "./lint.types.js";
export { hasErrors, lintDocument } from "./lint-document.js";
export { lintRules } from "./lint-rules.js";
