import { type AssignmentRealism, formatNumber, type ScoringConfig, type TargetClassification } from "@yardstick/core";

export const CLASSIFICATION_LABELS: Record<TargetClassification, string> = {
  "too-easy": "too easy",
  achievable: "achievable",
  stretch: "stretch",
  unrealistic: "unrealistic",
};

/** Badge colours; the label always says the same in words. */
export const CLASSIFICATION_COLORS: Record<TargetClassification, string> = {
  "too-easy": "yellow",
  achievable: "green",
  stretch: "blue",
  unrealistic: "red",
};

/** A share 0..1 as a whole percentage, never "0%" for a share that is not zero (nor "100%" short of all). */
export function formatShare(share: number): string {
  const rounded = Math.round(share * 100);
  if (rounded === 0 && share > 0) return "<1%";
  if (rounded === 100 && share < 1) return ">99%";
  return `${rounded}%`;
}

/**
 * The realism line of an assignment card, e.g.
 * "Reached by 35% of past results (stretch) · suggested target 118". The suggestion is left out
 * when it is the current target already.
 */
export function realismLine(realism: AssignmentRealism, unit?: string | null): string {
  const head = `Reached by ${formatShare(realism.reachShare)} of past results (${CLASSIFICATION_LABELS[realism.classification]})`;
  if (realism.suggestedTarget === realism.target) return head;
  const suggestion = `${formatNumber(realism.suggestedTarget)}${unit ? ` ${unit}` : ""}`;
  const name = realism.field === "targetRating" ? "suggested target rating" : "suggested target";
  return `${head} · ${name} ${suggestion}`;
}

/** Where the history comes from, e.g. "from 12 results of 5 people in 3 closed cycles". */
export function historySource(history: { values: readonly number[]; cycles: number; people: number }): string {
  const n = history.values.length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `from ${plural(n, "result")} of ${history.people === 1 ? "1 person" : `${history.people} people`} in ${plural(history.cycles, "closed cycle")}`;
}

/** The scoring with the suggested target applied to the field that holds the target. */
export function applySuggestedTarget(scoring: ScoringConfig, realism: AssignmentRealism): ScoringConfig {
  if (realism.field === "targetRating" && scoring.method === "rating") {
    return { ...scoring, targetRating: realism.suggestedTarget };
  }
  if (realism.field === "target" && "target" in scoring) return { ...scoring, target: realism.suggestedTarget };
  return scoring;
}
