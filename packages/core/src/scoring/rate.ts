import type { RatingBand } from "../model/framework-document.schema.js";
import { formatNumber, formatPercent } from "./format-number.js";
import type { ExplainOption } from "./scoring.types.js";
import { ScoringConfigError, ScoringInputError } from "./scoring-errors.js";

export interface RateResult {
  rating: number;
  label: string;
  explanation: string[];
}

/**
 * Maps an overall score to the organization's rating scale (usually DEFAULT_RATING_SCALE): the band
 * with the highest `from` that the score reaches; a score below every band gets the lowest band.
 * Bands may come in any order. `{ explain: false }` leaves the explanation empty.
 * @throws ScoringConfigError when there are no bands or a band's `from` is not finite
 * @throws ScoringInputError when the score is not a finite number
 */
export function rate(score: number, bands: readonly RatingBand[], options: ExplainOption = {}): RateResult {
  if (typeof score !== "number" || !Number.isFinite(score)) {
    throw new ScoringInputError(`Cannot rate ${String(score)}: the score must be a finite number`);
  }
  if (bands.length === 0) throw new ScoringConfigError([{ path: "ratingScale", message: "needs at least one band" }]);
  const badIndex = bands.findIndex((band) => !Number.isFinite(band.from));
  if (badIndex >= 0) {
    throw new ScoringConfigError([{ path: `ratingScale.${badIndex}.from`, message: "must be a finite number" }]);
  }
  const ascending = [...bands].sort((a, b) => a.from - b.from);
  const lowest = ascending[0]!;
  const reached = ascending.filter((band) => band.from <= score).at(-1);
  const band = reached ?? lowest;
  if (options.explain === false) return { rating: band.rating, label: band.label, explanation: [] };
  const where = reached
    ? `reaches the band from ${formatPercent(band.from)}`
    : `is below the lowest band (from ${formatPercent(lowest.from)})`;
  return {
    rating: band.rating,
    label: band.label,
    explanation: [`Score ${formatPercent(score)} ${where}: rating ${formatNumber(band.rating)} (${band.label})`],
  };
}
