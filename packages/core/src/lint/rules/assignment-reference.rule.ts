import type { LintRule, RuleFinding } from "../lint.types.js";

export const assignmentReferenceRule: LintRule = {
  info: {
    id: "assignment.reference",
    severity: "error",
    scope: "assignment",
    description:
      "An assignment refers only to existing KPIs, objectives, role responsibilities and framework sections (and names a section when the framework has sections).",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const framework of ctx.frameworks) {
      const sectionKeys = new Set(framework.framework.sections.map((s) => s.key));
      const responsibilityKeys = framework.role
        ? new Set(framework.role.responsibilities.map((r) => r.key))
        : undefined;
      for (const entry of framework.assignments) {
        const { assignment, path } = entry;
        if (!entry.kpi) {
          findings.push({
            path: `${path}.kpi`,
            message: `Unknown KPI "${assignment.kpi}"`,
            hint: "Use the key of a KPI defined under `kpis`, or define it.",
          });
        }
        assignment.objectives.forEach((key, i) => {
          if (ctx.objectiveByKey.has(key)) return;
          findings.push({
            path: `${path}.objectives[${i}]`,
            message: `Unknown objective "${key}"`,
            hint: "Use the key of an objective defined under `objectives`, or define it.",
          });
        });
        // Without a known role the framework.role rule already reports the real problem.
        if (
          assignment.responsibility !== undefined &&
          responsibilityKeys &&
          !responsibilityKeys.has(assignment.responsibility)
        ) {
          findings.push({
            path: `${path}.responsibility`,
            message: `Role "${framework.framework.role}" has no responsibility "${assignment.responsibility}"`,
            hint: "Use the key of one of the role's responsibilities, or add it to the role.",
          });
        }
        if (assignment.section !== undefined && !sectionKeys.has(assignment.section)) {
          findings.push({
            path: `${path}.section`,
            message: `Unknown section "${assignment.section}"`,
            hint:
              sectionKeys.size > 0
                ? `Use one of the framework's sections: ${[...sectionKeys].join(", ")}.`
                : "Define the section under the framework's `sections`, or remove `section`.",
          });
        }
        if (assignment.section === undefined && sectionKeys.size > 0) {
          findings.push({
            path: `${path}.section`,
            message: `KPI "${assignment.kpi}" has no section, but the framework is divided into sections`,
            hint: `Set \`section\` to one of: ${[...sectionKeys].join(", ")}.`,
          });
        }
      }
    }
    return findings;
  },
};
