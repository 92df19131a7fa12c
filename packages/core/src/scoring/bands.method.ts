import { DEFAULT_FLOOR } from "../model/scoring-config.schema.js";
import { formatNumber } from "./format-number.js";
import { requireFinite } from "./require-finite.js";
import type { BandsScoringConfig, MethodResult, ScoringIssue } from "./scoring.types.js";

/** Bands must exist and be strictly ascending by `from`, or "the highest band reached" is ambiguous. */
export function validateBands(config: BandsScoringConfig): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  const bands: unknown = config.bands;
  if (!Array.isArray(bands) || bands.length === 0) {
    issues.push({ path: "bands", message: "needs at least one band" });
    return issues;
  }
  let previousFrom: number | undefined;
  config.bands.forEach((band, index) => {
    requireFinite(issues, `bands.${index}.score`, band.score);
    if (!requireFinite(issues, `bands.${index}.from`, band.from)) return;
    if (previousFrom !== undefined && band.from <= previousFrom) {
      const problem = band.from === previousFrom ? "duplicates" : "must be greater than";
      issues.push({
        path: `bands.${index}.from`,
        message: `${problem} the previous band's from (${formatNumber(previousFrom)}); bands ascend by from`,
      });
    }
    previousFrom = band.from;
  });
  return issues;
}

/** The score of the highest band whose `from` the value reaches; below the first band, the floor. */
export function scoreBands(value: number, config: BandsScoringConfig, explain = true): MethodResult {
  const inputs = { value };
  let reachedIndex = -1;
  config.bands.forEach((band, index) => {
    if (band.from <= value) reachedIndex = index;
  });
  const band = config.bands[reachedIndex];
  if (band === undefined) {
    const floor = config.floor ?? DEFAULT_FLOOR;
    const firstFrom = config.bands[0]?.from ?? Number.NaN; // validated: at least one band
    return {
      raw: floor,
      inputs,
      explanation: explain
        ? [
            `bands: ${formatNumber(value)} is below the first band (from ${formatNumber(firstFrom)}): the floor ${formatNumber(floor)}`,
          ]
        : [],
    };
  }
  const label = explain && band.label ? ` "${band.label}"` : "";
  return {
    raw: band.score,
    inputs,
    explanation: explain
      ? [
          `bands: ${formatNumber(value)} reaches band ${reachedIndex + 1}${label} (from ${formatNumber(band.from)}): ${formatNumber(band.score)}`,
        ]
      : [],
  };
}
