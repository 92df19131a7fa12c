import type { LintRule, RuleFinding } from "../lint.types.js";

function duplicates(items: { key: string }[], base: string, kind: string, findings: RuleFinding[]): void {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstAt.get(item.key);
    if (first === undefined) {
      firstAt.set(item.key, i);
      return;
    }
    findings.push({
      path: `${base}[${i}].key`,
      message: `Duplicate ${kind} key "${item.key}" (first at ${base}[${first}])`,
      hint: `Give each ${kind} its own key; references by key would otherwise be ambiguous.`,
    });
  });
}

export const orgDuplicateKeyRule: LintRule = {
  info: {
    id: "org.duplicate-key",
    severity: "error",
    scope: "organization",
    description:
      "Keys are unique within their kind: objectives, org units, roles, KPIs, a role's responsibilities and a framework's sections; a role has at most one framework per version number.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    if (!ctx.wholeOrganization) return findings;
    const { doc } = ctx;
    duplicates(doc.objectives, "objectives", "objective", findings);
    duplicates(doc.orgUnits, "orgUnits", "org unit", findings);
    duplicates(doc.roles, "roles", "role", findings);
    duplicates(doc.kpis, "kpis", "KPI", findings);
    doc.roles.forEach((role, i) => {
      duplicates(role.responsibilities, `roles[${i}].responsibilities`, "responsibility", findings);
    });
    const versions = new Map<string, number>();
    doc.frameworks.forEach((framework, i) => {
      duplicates(framework.sections, `frameworks[${i}].sections`, "section", findings);
      if (framework.version === undefined) return;
      const id = `${framework.role}\u0000${framework.version}`;
      const first = versions.get(id);
      if (first === undefined) {
        versions.set(id, i);
        return;
      }
      findings.push({
        path: `frameworks[${i}].version`,
        message: `Role "${framework.role}" has two frameworks with version ${framework.version} (first at frameworks[${first}])`,
        hint: "Give the newer framework the next version number.",
      });
    });
    return findings;
  },
};
