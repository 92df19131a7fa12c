import { type RatingBand, rate } from "@yardstick/core";

/** A band as the editor holds it: `from` as a percentage, number inputs may be blank (""). */
export interface BandDraft {
  fromPercent: number | string;
  rating: number | string;
  label: string;
}

export interface BandIssues {
  fromPercent?: string;
  rating?: string;
  label?: string;
}

// 0.7 * 100 is 70.00000000000001 in floating point; four decimals is more than anyone types.
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The stored bands as editor rows (100% = a score of 1.0). */
export function toBandDrafts(bands: readonly RatingBand[]): BandDraft[] {
  return bands.map((band) => ({ fromPercent: round(band.from * 100), rating: band.rating, label: band.label }));
}

function numberOf(value: number | string): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value.trim() === "") return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * What is wrong with each row, in the order the server checks it: every band needs a number
 * `from`, a number rating and a label, and each `from` must be above the previous band's.
 */
export function bandIssues(drafts: readonly BandDraft[]): BandIssues[] {
  return drafts.map((draft, index) => {
    const issues: BandIssues = {};
    const from = numberOf(draft.fromPercent);
    const previous = index > 0 ? numberOf(drafts[index - 1]?.fromPercent ?? "") : undefined;
    if (from === undefined) issues.fromPercent = "Enter a percentage";
    else if (previous !== undefined && from <= previous)
      issues.fromPercent = `Must be above the band before (${previous}%)`;
    if (numberOf(draft.rating) === undefined) issues.rating = "Enter a rating";
    if (!draft.label.trim()) issues.label = "Enter a label";
    return issues;
  });
}

/** Whether any row has an issue (or there is no row at all). */
export function hasBandIssues(drafts: readonly BandDraft[]): boolean {
  return drafts.length === 0 || bandIssues(drafts).some((issues) => Object.keys(issues).length > 0);
}

/** The rows as stored bands; call only when {@link hasBandIssues} is false. */
export function toRatingBands(drafts: readonly BandDraft[]): RatingBand[] {
  return drafts.map((draft) => ({
    from: round((numberOf(draft.fromPercent) ?? 0) / 100),
    rating: numberOf(draft.rating) ?? 0,
    label: draft.label.trim(),
  }));
}

export interface RatingPreview {
  score: number;
  rating: number;
  label: string;
}

/** Which rating each overall score gets with these rows, or undefined while the rows are invalid. */
export function previewRatings(drafts: readonly BandDraft[], scores: readonly number[]): RatingPreview[] | undefined {
  if (hasBandIssues(drafts)) return undefined;
  const bands = toRatingBands(drafts);
  return scores.map((score) => {
    const { rating, label } = rate(score, bands, { explain: false });
    return { score, rating, label };
  });
}
