import type { LintRule, RuleFinding } from "../lint.types.js";

export const orgRoleUnpublishedRule: LintRule = {
  info: {
    id: "org.role-unpublished",
    severity: "info",
    scope: "organization",
    description: "Every role has a published framework.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    if (!ctx.wholeOrganization) return findings;
    const published = new Set<string>();
    const drafted = new Set<string>();
    for (const framework of ctx.doc.frameworks) {
      (framework.status === "published" ? published : drafted).add(framework.role);
    }
    ctx.doc.roles.forEach((role, i) => {
      if (published.has(role.key)) return;
      findings.push({
        path: `roles[${i}]`,
        message: drafted.has(role.key)
          ? `Role "${role.key}" has only a draft framework`
          : `Role "${role.key}" has no framework`,
        hint: drafted.has(role.key)
          ? "Review the draft and publish it."
          : "Create a framework for the role, e.g. from a starter template.",
      });
    });
    return findings;
  },
};
