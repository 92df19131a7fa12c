import type { LintRule, RuleFinding } from "../lint.types.js";
import { findParentCycles } from "../parent-cycles.js";

export const orgObjectiveCycleRule: LintRule = {
  info: {
    id: "org.objective-cycle",
    severity: "error",
    scope: "organization",
    description: "Objective parents form a tree: no objective is its own ancestor.",
  },
  check(ctx) {
    if (!ctx.wholeOrganization) return [];
    const objectives = ctx.doc.objectives;
    return findParentCycles(objectives).map((cycle): RuleFinding => {
      const keys = cycle.map((i) => objectives[i]?.key);
      return {
        path: `objectives[${cycle[0]}].parent`,
        message: `Objectives form a cycle: ${[...keys, keys[0]].join(" → ")}`,
        hint: "Change one parent in the cycle so the objectives form a tree (company → department → team).",
      };
    });
  },
};
