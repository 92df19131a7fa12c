import type { LintRule, RuleInfo } from "./lint.types.js";
import { assignmentDirectionRule } from "./rules/assignment-direction.rule.js";
import { assignmentObjectiveRule } from "./rules/assignment-objective.rule.js";
import { assignmentRatingScaleRule } from "./rules/assignment-rating-scale.rule.js";
import { assignmentRealismRule } from "./rules/assignment-realism.rule.js";
import { assignmentReferenceRule } from "./rules/assignment-reference.rule.js";
import { assignmentResponsibilityRule } from "./rules/assignment-responsibility.rule.js";
import { assignmentStretchRule } from "./rules/assignment-stretch.rule.js";
import { assignmentTargetRule } from "./rules/assignment-target.rule.js";
import { frameworkDevelopmentRule } from "./rules/framework-development.rule.js";
import { frameworkDuplicateKpiRule } from "./rules/framework-duplicate-kpi.rule.js";
import { frameworkGoodhartRule } from "./rules/framework-goodhart.rule.js";
import { frameworkKpiCountRule } from "./rules/framework-kpi-count.rule.js";
import { frameworkLeadingRule } from "./rules/framework-leading.rule.js";
import { frameworkMinWeightRule } from "./rules/framework-min-weight.rule.js";
import { frameworkRoleRule } from "./rules/framework-role.rule.js";
import { frameworkScoringRule } from "./rules/framework-scoring.rule.js";
import { frameworkWeightsRule } from "./rules/framework-weights.rule.js";
import { kpiAggregationRule } from "./rules/kpi-aggregation.rule.js";
import { kpiDescriptionRule } from "./rules/kpi-description.rule.js";
import { kpiDirectionRule } from "./rules/kpi-direction.rule.js";
import { kpiFrequencyRule } from "./rules/kpi-frequency.rule.js";
import { kpiRatingScaleRule } from "./rules/kpi-rating-scale.rule.js";
import { kpiUnitRule } from "./rules/kpi-unit.rule.js";
import { kpiVagueRule } from "./rules/kpi-vague.rule.js";
import { createUnknownRuleRule } from "./rules/lint-unknown-rule.rule.js";
import { orgDuplicateKeyRule } from "./rules/org-duplicate-key.rule.js";
import { orgKpiUnusedRule } from "./rules/org-kpi-unused.rule.js";
import { orgObjectiveCycleRule } from "./rules/org-objective-cycle.rule.js";
import { orgObjectiveUncoveredRule } from "./rules/org-objective-uncovered.rule.js";
import { orgReferenceRule } from "./rules/org-reference.rule.js";
import { orgRoleUnpublishedRule } from "./rules/org-role-unpublished.rule.js";
import { orgUnitCycleRule } from "./rules/org-unit-cycle.rule.js";

let knownIds: ReadonlySet<string> = new Set();

/** Every quality rule, in catalogue order (KPI, assignment, framework, organization). */
export const allRules: readonly LintRule[] = [
  kpiDescriptionRule,
  kpiVagueRule,
  kpiUnitRule,
  kpiDirectionRule,
  kpiAggregationRule,
  kpiRatingScaleRule,
  kpiFrequencyRule,
  assignmentTargetRule,
  assignmentStretchRule,
  assignmentRealismRule,
  assignmentObjectiveRule,
  assignmentResponsibilityRule,
  assignmentReferenceRule,
  assignmentRatingScaleRule,
  assignmentDirectionRule,
  frameworkWeightsRule,
  frameworkKpiCountRule,
  frameworkMinWeightRule,
  frameworkLeadingRule,
  frameworkDevelopmentRule,
  frameworkDuplicateKpiRule,
  frameworkGoodhartRule,
  frameworkScoringRule,
  frameworkRoleRule,
  orgObjectiveUncoveredRule,
  orgKpiUnusedRule,
  orgRoleUnpublishedRule,
  orgObjectiveCycleRule,
  orgUnitCycleRule,
  orgReferenceRule,
  orgDuplicateKeyRule,
  createUnknownRuleRule(() => knownIds),
];
knownIds = new Set(allRules.map((rule) => rule.info.id));

/** The rule catalogue: id, severity, scope and description of every rule. */
export const lintRules: readonly RuleInfo[] = allRules.map((rule) => rule.info);
