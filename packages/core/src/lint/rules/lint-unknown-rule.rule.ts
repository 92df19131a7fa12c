import type { LintRule, RuleFinding } from "../lint.types.js";

/**
 * Built with the list of known ids by the registry (a rule cannot import the registry
 * that lists it without a cycle).
 */
export function createUnknownRuleRule(knownIds: () => ReadonlySet<string>): LintRule {
  return {
    info: {
      id: "lint.unknown-rule",
      severity: "warning",
      scope: "organization",
      description: "Every id in `lint.disabledRules` names an existing rule (a typo would silently keep the rule on).",
    },
    check(ctx) {
      const findings: RuleFinding[] = [];
      if (!ctx.wholeOrganization) return findings;
      const known = knownIds();
      ctx.doc.lint?.disabledRules.forEach((id, i) => {
        if (known.has(id)) return;
        findings.push({
          path: `lint.disabledRules[${i}]`,
          message: `Unknown rule "${id}" in disabledRules`,
          hint: "Check the spelling against the rule catalogue, or remove the entry.",
        });
      });
      return findings;
    },
  };
}
