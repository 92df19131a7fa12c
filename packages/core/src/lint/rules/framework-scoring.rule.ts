import type { LintRule, RuleFinding } from "../lint.types.js";
import { firstSegment, joinPath, TARGET_FIELDS } from "../scoring-target.js";

export const frameworkScoringRule: LintRule = {
  info: {
    id: "framework.scoring",
    severity: "error",
    scope: "framework",
    description:
      "Every scoring configuration is valid (e.g. range low ≤ high, curves with two distinct points, ordered bands). Target problems are reported by assignment.achievable.target.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const framework of ctx.frameworks) {
      for (const entry of framework.assignments) {
        for (const issue of ctx.scoringIssues(entry)) {
          if (TARGET_FIELDS.has(firstSegment(issue.path))) continue;
          findings.push({
            path: joinPath(`${entry.path}.scoring`, issue.path),
            message: `KPI "${entry.assignment.kpi}" (${entry.assignment.scoring.method} scoring): ${issue.path} ${issue.message}`,
            hint: "Correct the scoring configuration; the score cannot be computed as it stands.",
          });
        }
      }
    }
    return findings;
  },
};
