import type { LintRule, RuleFinding } from "../lint.types.js";

export const orgObjectiveUncoveredRule: LintRule = {
  info: {
    id: "org.objective-uncovered",
    severity: "warning",
    scope: "organization",
    description: "Every live objective is served by some role's KPI, directly or through one of its sub-objectives.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    if (!ctx.wholeOrganization) return findings;
    const covered = new Set<string>();
    for (const framework of ctx.doc.frameworks) {
      for (const assignment of framework.assignments) {
        for (const key of assignment.objectives) {
          // A served sub-objective also serves its ancestors; the guard stops on cycles.
          let current: string | undefined = key;
          while (current !== undefined && !covered.has(current)) {
            covered.add(current);
            current = ctx.objectiveByKey.get(current)?.parent;
          }
        }
      }
    }
    ctx.doc.objectives.forEach((objective, i) => {
      if (objective.archived || covered.has(objective.key)) return;
      findings.push({
        path: `objectives[${i}]`,
        message: `No role's KPI serves objective "${objective.key}" (${objective.title})`,
        hint: "Link a KPI assignment to this objective, add a KPI that measures it, or archive the objective.",
      });
    });
    return findings;
  },
};
