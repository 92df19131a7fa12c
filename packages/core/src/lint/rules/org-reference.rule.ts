import type { LintRule, RuleFinding } from "../lint.types.js";

export const orgReferenceRule: LintRule = {
  info: {
    id: "org.reference",
    severity: "error",
    scope: "organization",
    description: "Objective parents, org unit parents and role org units refer to keys that exist.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    if (!ctx.wholeOrganization) return findings;
    ctx.doc.objectives.forEach((objective, i) => {
      if (objective.parent === undefined || ctx.objectiveByKey.has(objective.parent)) return;
      findings.push({
        path: `objectives[${i}].parent`,
        message: `Objective "${objective.key}" has unknown parent "${objective.parent}"`,
        hint: "Use the key of another objective, or remove `parent` to make it a top-level objective.",
      });
    });
    ctx.doc.orgUnits.forEach((unit, i) => {
      if (unit.parent === undefined || ctx.orgUnitKeys.has(unit.parent)) return;
      findings.push({
        path: `orgUnits[${i}].parent`,
        message: `Org unit "${unit.key}" has unknown parent "${unit.parent}"`,
        hint: "Use the key of another org unit, or remove `parent` to make it a top-level unit.",
      });
    });
    ctx.doc.roles.forEach((role, i) => {
      if (role.orgUnit === undefined || ctx.orgUnitKeys.has(role.orgUnit)) return;
      findings.push({
        path: `roles[${i}].orgUnit`,
        message: `Role "${role.key}" belongs to unknown org unit "${role.orgUnit}"`,
        hint: "Use the key of an org unit defined under `orgUnits`, or define it.",
      });
    });
    return findings;
  },
};
