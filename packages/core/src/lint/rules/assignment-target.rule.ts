import type { LintRule, RuleFinding } from "../lint.types.js";
import { firstSegment, joinPath, TARGET_FIELDS } from "../scoring-target.js";

export const assignmentTargetRule: LintRule = {
  info: {
    id: "assignment.achievable.target",
    severity: "error",
    scope: "assignment",
    description:
      "An assignment's target differs from its baseline and is otherwise not degenerate, so a score can be computed.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const framework of ctx.frameworks) {
      for (const entry of framework.assignments) {
        for (const issue of ctx.scoringIssues(entry)) {
          if (!TARGET_FIELDS.has(firstSegment(issue.path))) continue;
          findings.push({
            path: joinPath(`${entry.path}.scoring`, issue.path),
            message: `KPI "${entry.assignment.kpi}": ${issue.path} ${issue.message}`,
            hint: "Set a target that differs from the baseline in the direction of improvement.",
          });
        }
      }
    }
    return findings;
  },
};
