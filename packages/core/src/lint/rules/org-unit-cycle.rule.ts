import type { LintRule, RuleFinding } from "../lint.types.js";
import { findParentCycles } from "../parent-cycles.js";

export const orgUnitCycleRule: LintRule = {
  info: {
    id: "org.unit-cycle",
    severity: "error",
    scope: "organization",
    description: "Org unit parents form a tree: no unit is its own ancestor.",
  },
  check(ctx) {
    if (!ctx.wholeOrganization) return [];
    const units = ctx.doc.orgUnits;
    return findParentCycles(units).map((cycle): RuleFinding => {
      const keys = cycle.map((i) => units[i]?.key);
      return {
        path: `orgUnits[${cycle[0]}].parent`,
        message: `Org units form a cycle: ${[...keys, keys[0]].join(" → ")}`,
        hint: "Change one parent in the cycle so the org units form a tree.",
      };
    });
  },
};
