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
 * The suggested target as people would write it: two decimals below 1,000 and whole numbers
 * above, rounded towards the easier side (down when higher is better, up when lower is better)
 * so it is still met by at least the share the suggestion promises. Averages otherwise suggest
 * targets such as 23.593333.
 */
export function roundedSuggestion(realism: Pick<AssignmentRealism, "suggestedTarget" | "direction">): number {
  const value = realism.suggestedTarget;
  const factor = Math.abs(value) >= 1000 ? 1 : 100;
  const scaled = value * factor;
  // Values already on the grid stay as they are (ignoring floating-point noise such as 0.1 + 0.2).
  const nearest = Math.round(scaled);
  if (Math.abs(scaled - nearest) < 1e-9) return nearest / factor;
  return (realism.direction === "higher" ? Math.floor(scaled) : Math.ceil(scaled)) / factor;
}

/**
 * The realism line of an assignment card, e.g.
 * "Reached by 35% of past results (stretch) · suggested target 118". The suggestion is left out
 * when it is the current target already.
 */
export function realismLine(realism: AssignmentRealism, unit?: string | null): string {
  const head = `Reached by ${formatShare(realism.reachShare)} of past results (${CLASSIFICATION_LABELS[realism.classification]})`;
  const suggested = roundedSuggestion(realism);
  if (suggested === realism.target) return head;
  const suggestion = `${formatNumber(suggested)}${unit ? ` ${unit}` : ""}`;
  const name = realism.field === "targetRating" ? "suggested target rating" : "suggested target";
  return `${head} · ${name} ${suggestion}`;
}

/** Where the history comes from, e.g. "from 12 results of 5 people in 3 closed cycles". */
export function historySource(history: { values: readonly number[]; cycles: number; people: number }): string {
  const n = history.values.length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `from ${plural(n, "result")} of ${history.people === 1 ? "1 person" : `${history.people} people`} in ${plural(history.cycles, "closed cycle")}`;
}

/** The scoring with the (rounded) suggested target applied to the field that holds the target. */
export function applySuggestedTarget(scoring: ScoringConfig, realism: AssignmentRealism): ScoringConfig {
  const suggested = roundedSuggestion(realism);
  if (realism.field === "targetRating" && scoring.method === "rating") return { ...scoring, targetRating: suggested };
  if (realism.field === "target" && "target" in scoring) return { ...scoring, target: suggested };
  return scoring;
}
