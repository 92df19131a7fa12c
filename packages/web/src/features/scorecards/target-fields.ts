import type { ScoringConfig } from "@yardstick/core";

/** A number of a scoring configuration that a per-person target override may change. */
export interface TargetField {
  field: string;
  label: string;
}

// Overrides change the targets of the method that applies, not the method itself: a different
// method for one person would make their score incomparable with their peers'.
const FIELDS: Record<ScoringConfig["method"], TargetField[]> = {
  linear: [
    { field: "baseline", label: "Baseline (scores 0%)" },
    { field: "target", label: "Target (scores 100%)" },
  ],
  ratio: [{ field: "target", label: "Target (scores 100%)" }],
  binary: [{ field: "target", label: "Target (met or not)" }],
  range: [
    { field: "low", label: "Low end of the range" },
    { field: "high", label: "High end of the range" },
    { field: "tolerance", label: "Tolerance outside the range" },
  ],
  rating: [{ field: "targetRating", label: "Target rating (scores 100%)" }],
  curve: [],
  bands: [],
};

/** The override-able numbers of a configuration; empty for curves and bands. */
export function targetFields(config: ScoringConfig): TargetField[] {
  return FIELDS[config.method];
}

/** A configuration with some of its target numbers replaced. */
export function withTargets(config: ScoringConfig, values: Record<string, number>): ScoringConfig {
  const next: Record<string, unknown> = { ...config };
  for (const { field } of targetFields(config)) {
    const value = values[field];
    if (value !== undefined) next[field] = value;
  }
  return next as ScoringConfig;
}

const num = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 4 }).format(n);

/** The target of a configuration in a few words, for lists ("target 45 from baseline 15"). */
export function targetSummary(config: ScoringConfig, unit?: string | null): string {
  const u = (n: number) => (unit ? (unit === "%" ? `${num(n)}%` : `${num(n)} ${unit}`) : num(n));
  switch (config.method) {
    case "linear":
      return `target ${u(config.target)} from baseline ${u(config.baseline)}`;
    case "ratio":
      return `target ${u(config.target)} (${config.direction} is better)`;
    case "binary":
      return `${config.direction === "higher" ? "at least" : "at most"} ${u(config.target)}`;
    case "range":
      return `between ${u(config.low)} and ${u(config.high)} (±${u(config.tolerance)})`;
    case "rating":
      return `rating ${num(config.targetRating)} on ${num(config.scale.min)}–${num(config.scale.max)}`;
    case "curve":
      return `curve through ${config.points.length} points`;
    case "bands":
      return `${config.bands.length} bands`;
  }
}
