import type { MissingDataPolicy } from "../model/framework-document.schema.js";
import { formatNumber, formatPercent } from "./format-number.js";

export interface WeightedEntry {
  /** Name used in explanations. */
  name: string;
  weight: number;
  score: number | null;
}

export interface WeightedAverageResult {
  score: number | null;
  /** Per entry, in input order: its share of the result in percent after the missing-data policy (0 when excluded). */
  effectiveWeights: number[];
  explanation: string[];
}

/** Weights are percentages; tolerate float noise such as 3 × 33.333… when checking they sum to 100. */
const WEIGHT_SUM_TOLERANCE = 1e-6;

const formatWeight = (weight: number): string => `${formatNumber(weight, 2)}%`;

/**
 * Weighted average of scores under a missing-data policy, explained step by step; shared by the
 * KPI level and the section level of a roll-up. `noun` names the entries ("KPI", "section").
 * Callers have already checked that weights are finite and non-negative.
 */
export function weightedAverage(
  entries: WeightedEntry[],
  policy: MissingDataPolicy,
  noun: string,
  prefix: string,
  explain = true,
): WeightedAverageResult {
  const explanation: string[] = [];
  // Sentences start with a capital unless they follow a prefix such as "Section Growth: ".
  const say = (text: string): string => (prefix ? `${prefix}${text}` : `${text[0]!.toUpperCase()}${text.slice(1)}`);
  const zeros = entries.map(() => 0);
  if (entries.length === 0) {
    return {
      score: null,
      effectiveWeights: zeros,
      explanation: explain ? [say(`no ${noun}s to roll up: no score`)] : [],
    };
  }
  const totalWeight = entries.reduce((sum, entry) => sum + entry.weight, 0);
  if (explain && Math.abs(totalWeight - 100) > WEIGHT_SUM_TOLERANCE) {
    explanation.push(
      say(`the ${noun} weights sum to ${formatNumber(totalWeight, 2)}, not 100; each counts as its share of the total`),
    );
  }
  let missingCount = 0;
  for (const entry of entries) if (entry.score === null) missingCount += 1;
  const missing = explain ? entries.filter((entry) => entry.score === null).map((entry) => entry.name) : [];
  const counts = (entry: WeightedEntry): boolean => policy === "zero" || entry.score !== null;
  if (explain && missing.length > 0 && policy === "zero") {
    explanation.push(say(`no data for ${missing.join(", ")}: counted as 0 (missing data: zero)`));
  }
  if (missingCount === entries.length && policy === "exclude") {
    if (explain) explanation.push(say(`no ${noun} has data: no score (missing data: exclude)`));
    return { score: null, effectiveWeights: zeros, explanation };
  }
  const countedWeight = entries.reduce((sum, entry) => (counts(entry) ? sum + entry.weight : sum), 0);
  if (countedWeight === 0) {
    if (explain) explanation.push(say(`the counted ${noun} weights sum to 0: no score`));
    return { score: null, effectiveWeights: zeros, explanation };
  }
  const effectiveWeights = entries.map((entry) => (counts(entry) ? (entry.weight / countedWeight) * 100 : 0));
  if (explain && missing.length > 0 && policy === "exclude") {
    const remaining = entries
      .map((entry, index) => (counts(entry) ? `${entry.name} ${formatWeight(effectiveWeights[index]!)}` : null))
      .filter((text) => text !== null);
    const plural = missing.length === 1 ? noun : `${noun}s`;
    explanation.push(
      say(
        `excluded ${missing.length} ${plural} without data (${missing.join(", ")}); re-normalised the remaining weights: ${remaining.join(", ")}`,
      ),
    );
  }
  let score = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  entries.forEach((entry, index) => {
    if (!counts(entry)) return;
    const used = entry.score ?? 0;
    const share = effectiveWeights[index]! / 100;
    score += used * share;
    lowest = Math.min(lowest, used);
    highest = Math.max(highest, used);
    if (!explain) return;
    const shown = entry.score === null ? "no data, 0" : formatPercent(used);
    explanation.push(
      `${prefix}${entry.name}: ${shown} × ${formatWeight(effectiveWeights[index]!)} = ${formatPercent(used * share)}`,
    );
  });
  // A weighted average lies between its extremes; rounding in the shares must not push it past them.
  score = Math.min(highest, Math.max(lowest, score));
  return { score, effectiveWeights, explanation };
}
