import type { Direction } from "../model/scoring-config.schema.js";

export type TargetClassification = "too-easy" | "achievable" | "stretch" | "unrealistic";

export interface TargetAssessmentInput {
  /** Earlier results of the KPI (one value per person and period); non-finite values are ignored. */
  history: number[];
  target: number;
  direction: Direction;
}

export interface TargetAssessment {
  /** Share (0..1) of historical values that meet the target. */
  reachShare: number;
  /** Percentile (0..100) of the target in past performance: the share of results that fall short of it. */
  percentile: number;
  classification: TargetClassification;
  /** An observed historical value that at least {@link SUGGESTED_REACH_SHARE} of the history reaches. */
  suggestedTarget: number;
  /** One sentence per step, for people. */
  explanation: string[];
}

/** Above this reach share a target is too easy (strictly greater). */
export const TOO_EASY_ABOVE = 0.9;
/** Below this reach share a target is unrealistic (strictly less). */
export const UNREALISTIC_BELOW = 0.1;
/** Up to and including this reach share (and from {@link UNREALISTIC_BELOW}) a target is a stretch. */
export const STRETCH_UP_TO = 0.4;
/** The suggested target is reached by at least this share of the history. */
export const SUGGESTED_REACH_SHARE = 0.6;

/**
 * Classifies a reach share:
 * - `too-easy` when more than 90% of the history reaches the target,
 * - `achievable` from above 40% up to and including 90%,
 * - `stretch` from 10% up to and including 40%,
 * - `unrealistic` when fewer than 10% reach it.
 */
export function classifyReachShare(reachShare: number): TargetClassification {
  if (reachShare > TOO_EASY_ABOVE) return "too-easy";
  if (reachShare < UNREALISTIC_BELOW) return "unrealistic";
  if (reachShare <= STRETCH_UP_TO) return "stretch";
  return "achievable";
}

const meets = (value: number, target: number, direction: Direction): boolean =>
  direction === "higher" ? value >= target : value <= target;

const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/**
 * Estimates how realistic a target is against history (empirical and direction-aware).
 *
 * - `reachShare`: share of historical values that meet the target (`>=` when higher is better,
 *   `<=` when lower is better).
 * - `percentile`: `100 × (1 − reachShare)`, i.e. the share of past results that fall short of
 *   the target; a target at the 80th percentile is beaten or met by the best 20%.
 * - `classification`: see {@link classifyReachShare}.
 * - `suggestedTarget`: order the history from worst to best and take the value at rank
 *   `floor(0.4 × n)` (nearest rank). At least 60% of the history meets it, and without ties it is
 *   the most ambitious observed value that does; it is always a value that really occurred, so it
 *   never invents precision.
 *
 * Returns `null` when there is no (finite) history to judge against.
 */
export function assessTarget(input: TargetAssessmentInput): TargetAssessment | null {
  const { target, direction } = input;
  const values = input.history.filter(Number.isFinite);
  const n = values.length;
  if (n === 0) return null;

  let reached = 0;
  for (const value of values) if (meets(value, target, direction)) reached++;
  const reachShare = reached / n;
  const percentile = Math.round((1 - reachShare) * 1000) / 10;
  const classification = classifyReachShare(reachShare);

  // Worst first: ascending when higher is better, descending when lower is better.
  const worstFirst = [...values].sort((a, b) => (direction === "higher" ? a - b : b - a));
  const suggestedTarget = worstFirst[Math.floor((1 - SUGGESTED_REACH_SHARE) * n)] as number;
  let suggestedReached = 0;
  for (const value of values) if (meets(value, suggestedTarget, direction)) suggestedReached++;

  const better = direction === "higher" ? "higher is better" : "lower is better";
  const explanation = [
    `${reached} of ${n} historical values (${pct(reachShare)}) meet the target ${target} (${better}).`,
    `The target sits at the ${percentile}th percentile of past results.`,
    classificationSentence(classification),
    `Suggested target: ${suggestedTarget}, met by ${suggestedReached} of ${n} (${pct(suggestedReached / n)}) in the past.`,
  ];
  return { reachShare, percentile, classification, suggestedTarget, explanation };
}

function classificationSentence(classification: TargetClassification): string {
  switch (classification) {
    case "too-easy":
      return "Too easy: more than 90% already reach it, so it does not challenge.";
    case "unrealistic":
      return "Unrealistic: fewer than 10% have ever reached it.";
    case "stretch":
      return "Stretch: between 10% and 40% reach it; ambitious but possible.";
    case "achievable":
      return "Achievable: between 40% and 90% reach it; challenging but within reach.";
  }
}
