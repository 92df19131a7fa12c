import type { RuleScope } from "@yardstick/core";
import type { LintRuleInfo } from "./settings.types.js";

export const SCOPE_LABELS: Record<RuleScope, { title: string; description: string }> = {
  kpi: { title: "KPI definitions", description: "Checked on every KPI in the library (SMART)." },
  assignment: { title: "KPI assignments", description: "Checked on each KPI inside a role's framework." },
  framework: { title: "Role frameworks", description: "Checked on each role's framework as a whole." },
  organization: { title: "Organization", description: "Checked across the whole organization." },
};

const SCOPE_ORDER: readonly RuleScope[] = ["kpi", "assignment", "framework", "organization"];

/** The catalogue grouped by scope, in the order a framework is built; empty scopes are left out. */
export function rulesByScope(rules: readonly LintRuleInfo[]): { scope: RuleScope; rules: LintRuleInfo[] }[] {
  return SCOPE_ORDER.map((scope) => ({ scope, rules: rules.filter((rule) => rule.scope === scope) })).filter(
    (group) => group.rules.length > 0,
  );
}

/** The disabled list after switching one rule on or off, sorted so saves compare and diff cleanly. */
export function withRuleEnabled(disabled: readonly string[], id: string, enabled: boolean): string[] {
  const next = new Set(disabled);
  if (enabled) next.delete(id);
  else next.add(id);
  return [...next].sort();
}

/** Whether two disabled lists name the same rules, whatever their order. */
export function sameRules(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}
