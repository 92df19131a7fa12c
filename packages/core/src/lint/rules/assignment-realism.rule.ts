import { assessTarget } from "../../realism/assess-target.js";
import { formatNumber } from "../format-number.js";
import type { LintRule, RuleFinding } from "../lint.types.js";
import { scoringTarget } from "../scoring-target.js";

const pct = (share: number) => `${Math.round(share * 100)}%`;

export const assignmentRealismRule: LintRule = {
  info: {
    id: "assignment.achievable.realism",
    severity: "warning",
    scope: "assignment",
    description:
      "Where history exists for the KPI, the target is neither too easy (more than 90% reached it) nor unrealistic (fewer than 10% did).",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    if (!ctx.history) return findings;
    for (const framework of ctx.frameworks) {
      for (const entry of framework.assignments) {
        const history = ctx.history[entry.assignment.kpi];
        if (!history || history.length === 0) continue;
        const goal = scoringTarget(entry.assignment.scoring, entry.kpi);
        if (!goal) continue;
        const result = assessTarget({ history, target: goal.target, direction: goal.direction });
        if (!result) continue;
        if (result.classification !== "too-easy" && result.classification !== "unrealistic") continue;
        const verdict = result.classification === "too-easy" ? "too easy" : "unrealistic";
        findings.push({
          path: `${entry.path}.scoring.${goal.field}`,
          message: `KPI "${entry.assignment.kpi}": target ${formatNumber(goal.target)} looks ${verdict}; ${pct(result.reachShare)} of ${history.length} past results reached it`,
          hint: `Consider ${formatNumber(result.suggestedTarget)}, which about 60% of past results reached.`,
        });
      }
    }
    return findings;
  },
};
