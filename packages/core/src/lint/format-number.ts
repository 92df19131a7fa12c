/** Renders a number for a message without floating-point noise (0.1 + 0.2 → "0.3"). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
