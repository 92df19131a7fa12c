import type { KpiHistory } from "../realism/kpi-history.js";
import type { LintContext } from "./lint-context.js";

export type Severity = "error" | "warning" | "info";

/** What a rule looks at: one KPI, one assignment, one role framework, or the whole organization. */
export type RuleScope = "kpi" | "assignment" | "framework" | "organization";

/** One problem found in a framework document. */
export interface Finding {
  /** Stable rule id, e.g. `framework.weights`. */
  rule: string;
  severity: Severity;
  /** Path in the document shape, e.g. `frameworks[0].assignments[2].weight`. */
  path: string;
  /** What is wrong, specifically (“Weights sum to 95, not 100”). */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** Catalogue entry of a rule (served by the API, shown in the UI). */
export interface RuleInfo {
  id: string;
  severity: Severity;
  scope: RuleScope;
  description: string;
}

export interface LintOptions {
  /** Rule ids to skip, in addition to the document's own `lint.disabledRules`. */
  disabledRules?: string[];
  /** Earlier results per KPI key; enables the target realism rule. */
  history?: KpiHistory;
  /**
   * Limit the run to one role: framework and assignment checks only for that role's
   * frameworks, KPI checks only for the KPIs they use, no organization checks.
   */
  scope?: { role?: string };
}

/** A finding before the rule id and severity are attached. */
export interface RuleFinding {
  path: string;
  message: string;
  hint: string;
}

/** A quality rule: its catalogue entry and a pure check over the prepared context. */
export interface LintRule {
  info: RuleInfo;
  check(ctx: LintContext): RuleFinding[];
}
