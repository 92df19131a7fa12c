/** Bounds a value must respect, e.g. a rating scale. */
export interface ValueBounds {
  min?: number;
  max?: number;
}

export type ParsedValue = { ok: true; value: number } | { ok: false; error: string };

/**
 * Reads what a person typed as a number: accepts "1,234.5", "12.5%", " 7 "; refuses empty text,
 * words, and values outside the bounds, each with a message that says what to type instead.
 */
export function parseValue(text: string, bounds: ValueBounds = {}): ParsedValue {
  const cleaned = text.trim().replace(/,/g, "").replace(/%$/, "").trim();
  if (cleaned === "") return { ok: false, error: "Enter a number" };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { ok: false, error: "Not a number" };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, error: "Not a number" };
  if (bounds.min !== undefined && value < bounds.min) return { ok: false, error: `Must be at least ${bounds.min}` };
  if (bounds.max !== undefined && value > bounds.max) return { ok: false, error: `Must be at most ${bounds.max}` };
  return { ok: true, value };
}
