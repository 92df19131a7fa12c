import { formatNumber as formatWithDecimals } from "../scoring/format-number.js";

/** Renders a number for a lint message without floating-point noise (0.1 + 0.2 → "0.3"). */
export function formatNumber(value: number): string {
  return formatWithDecimals(value, 6);
}
