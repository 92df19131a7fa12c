import type { LintRule, RuleFinding } from "../lint.types.js";

export const frameworkRoleRule: LintRule = {
  info: {
    id: "framework.role",
    severity: "error",
    scope: "framework",
    description: "A role framework belongs to a role defined in the document.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { framework, path, role } of ctx.frameworks) {
      if (role) continue;
      findings.push({
        path: `${path}.role`,
        message: `Framework for unknown role "${framework.role}"`,
        hint: "Use the key of a role defined under `roles`, or define the role.",
      });
    }
    return findings;
  },
};
