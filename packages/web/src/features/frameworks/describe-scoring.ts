import type { ScoringConfig } from "@yardstick/core";

const n = (value: number) => Number.parseFloat(value.toPrecision(6)).toLocaleString("en");
const pct = (score: number) => `${n(score * 100)}%`;

/** A one-line reading of a scoring configuration, for tables and the read-only view. */
export function describeScoring(config: ScoringConfig): string {
  const clamp =
    config.floor !== undefined || config.cap !== undefined
      ? ` · scores ${pct(config.floor ?? 0)}–${pct(config.cap ?? 1.2)}`
      : "";
  switch (config.method) {
    case "linear":
      return `Linear from ${n(config.baseline)} (0%) to ${n(config.target)} (100%)${config.stretch === undefined ? "" : `, stretch ${n(config.stretch)}`}${clamp}`;
    case "ratio":
      return `Ratio to target ${n(config.target)}, ${config.direction} is better${config.stretch === undefined ? "" : `, stretch ${n(config.stretch)}`}${clamp}`;
    case "binary":
      return `Met when ${config.direction === "higher" ? "at least" : "at most"} ${n(config.target)}${clamp}`;
    case "range":
      return `100% between ${n(config.low)} and ${n(config.high)}, 0% at ${n(config.tolerance)} outside${clamp}`;
    case "curve":
      return `Curve through ${[...config.points]
        .sort((a, b) => a[0] - b[0])
        .map(([v, s]) => `${n(v)}→${pct(s)}`)
        .join(", ")}${clamp}`;
    case "bands":
      return `Bands ${config.bands.map((b) => `from ${n(b.from)}: ${pct(b.score)}${b.label ? ` (${b.label})` : ""}`).join("; ")}${clamp}`;
    case "rating":
      return `Rating ${n(config.scale.min)}–${n(config.scale.max)}, target ${n(config.targetRating)}${clamp}`;
  }
}
