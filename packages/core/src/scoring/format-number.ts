/**
 * Formats a number for explanations: at most `maxDecimals` decimals, no trailing zeros,
 * scientific notation only for magnitudes that fixed notation would hide or bloat.
 * Deliberately locale-independent so explanations read the same in server, CLI and browser.
 */
export function formatNumber(value: number, maxDecimals = 4): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 10 ** -maxDecimals)) {
    return value.toExponential(3).replace(/\.?0+e/, "e");
  }
  const fixed = value.toFixed(maxDecimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

/** Formats a score (1.0 = 100%) as a percentage with at most two decimals, e.g. 0.03333 → "3.33%". */
export function formatPercent(score: number, maxDecimals = 2): string {
  return `${formatNumber(score * 100, maxDecimals)}%`;
}

/** Like formatNumber, but wraps negatives in parentheses so formulas such as "16 − (-5)" stay readable. */
export function formatOperand(value: number): string {
  const text = formatNumber(value);
  return value < 0 ? `(${text})` : text;
}
