/** How a score reads at a glance: a colour plus words, so colour is never the only signal. */
export interface ScoreTone {
  color: "red" | "orange" | "green" | "gray";
  label: string;
  /** One word for dense tables: "below", "near", "met". */
  short: string;
}

const pctFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const valueFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** A score as a percentage (1.0 → "100%"), or an em dash without data. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return "—";
  return `${pctFormat.format(score * 100)}%`;
}

/** A measured value with its unit; percent units read "12.5%", others "12.5 calls". */
export function formatValue(value: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const text = valueFormat.format(value);
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

/** Red below 70% of target, amber up to the target, green from the target on. */
export function scoreTone(score: number | null | undefined): ScoreTone {
  if (score === null || score === undefined || !Number.isFinite(score))
    return { color: "gray", label: "No data", short: "no data" };
  if (score < 0.7) return { color: "red", label: "Below target", short: "below" };
  if (score < 1) return { color: "orange", label: "Near target", short: "near" };
  return { color: "green", label: "Target met", short: "met" };
}
