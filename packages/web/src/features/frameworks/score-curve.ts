import { type ScoringConfig, type ScoringIssue, scoreValue, validateScoringConfig } from "@yardstick/core";

export interface CurvePoint {
  value: number;
  /** Score in percent (100 = target met), the unit people read on the chart. */
  score: number;
}

export type ScoreCurve =
  | { ok: true; points: CurvePoint[]; domain: [number, number] }
  | { ok: false; issues: ScoringIssue[] };

/** The values a configuration talks about; the chart's range is built around them. */
function anchorsOf(config: ScoringConfig): number[] {
  switch (config.method) {
    case "linear":
      return [config.baseline, config.target, ...(config.stretch === undefined ? [] : [config.stretch])];
    case "ratio":
      return [0, config.target, ...(config.stretch === undefined ? [] : [config.stretch])];
    case "binary":
      return [config.target];
    case "range":
      return [config.low - config.tolerance, config.high + config.tolerance];
    case "curve":
      return config.points.map((p) => p[0]);
    case "bands":
      return config.bands.map((b) => b.from);
    case "rating":
      return [config.scale.min, config.scale.max];
  }
}

/**
 * The value range to plot: the configuration's own values with a margin of a quarter of their
 * span on each side (so clamping at floor and cap shows), a rating scale exactly.
 */
export function valueDomain(config: ScoringConfig): [number, number] {
  if (config.method === "rating") return [config.scale.min, config.scale.max];
  const anchors = anchorsOf(config);
  let low = Math.min(...anchors);
  let high = Math.max(...anchors);
  const span = high - low || Math.abs(high) || 1;
  low -= span / 4;
  high += span / 4;
  // Ratio and most counts start at zero; do not plot negative values nobody will enter.
  if (config.method === "ratio" || (low < 0 && anchors.every((a) => a >= 0))) low = Math.max(0, low);
  return [low, high];
}

/** Rounds to a few significant digits so the axis and tooltip read as numbers, not float noise. */
function tidy(value: number): number {
  return Number.parseFloat(value.toPrecision(6));
}

/**
 * Samples value → score over the domain with the core engine (the same scoring the server runs),
 * adding the points either side of every step so binary and band edges plot as steps.
 * Returns the configuration's issues instead when it cannot score.
 */
export function scoreCurve(config: ScoringConfig, samples = 60): ScoreCurve {
  const issues = validateScoringConfig(config);
  if (issues.length > 0) return { ok: false, issues };
  const [low, high] = valueDomain(config);
  const values = new Set<number>();
  for (let i = 0; i <= samples; i++) values.add(tidy(low + ((high - low) * i) / samples));
  const eps = (high - low) / 10_000;
  for (const anchor of anchorsOf(config)) {
    if (anchor < low || anchor > high) continue;
    values.add(tidy(anchor));
    if (config.method === "binary" || config.method === "bands") {
      if (anchor - eps >= low) values.add(anchor - eps);
    }
  }
  const points = [...values]
    .sort((a, b) => a - b)
    .map((value) => ({ value, score: tidy(scoreValue(value, config).score * 100) }));
  return { ok: true, points, domain: [low, high] };
}
