/**
 * Where `value` lies between `from` (0) and `to` (1): (value − from) / (to − from).
 * Falls back to halved operands when the direct differences overflow, so huge but finite
 * inputs never turn into NaN (Infinity / Infinity). Callers guarantee `from !== to`.
 */
export function linearFraction(value: number, from: number, to: number): number {
  const numerator = value - from;
  const denominator = to - from;
  if (Number.isFinite(numerator) && Number.isFinite(denominator)) return numerator / denominator;
  // Halving is exact at these magnitudes, so this agrees with the direct form wherever both are finite.
  return (value / 2 - from / 2) / (to / 2 - from / 2);
}

/** Linear interpolation between `a` (t = 0) and `b` (t = 1), written so that a − b cannot overflow. */
export function lerp(a: number, b: number, t: number): number {
  if (t === 0) return a;
  if (t === 1) return b;
  return a * (1 - t) + b * t;
}
