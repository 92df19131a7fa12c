import { formatNumber, formatOperand, formatPercent } from "./format-number.js";
import { lerp, linearFraction } from "./interpolate.js";
import { requireFinite } from "./require-finite.js";
import type { CurveScoringConfig, MethodResult, ScoringIssue } from "./scoring.types.js";

type CurvePoint = readonly [value: number, score: number];

/** A curve needs at least two points with distinct values, or there is no line to follow. */
export function validateCurve(config: CurveScoringConfig): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  const points: unknown = config.points;
  if (!Array.isArray(points) || points.length < 2) {
    issues.push({ path: "points", message: "needs at least two [value, score] points" });
    return issues;
  }
  const seen = new Map<number, number>();
  config.points.forEach((point, index) => {
    const valueOk = requireFinite(issues, `points.${index}.0`, point[0]);
    requireFinite(issues, `points.${index}.1`, point[1]);
    if (!valueOk) return;
    const earlier = seen.get(point[0]);
    if (earlier !== undefined) {
      issues.push({
        path: `points.${index}.0`,
        message: `duplicates the value ${formatNumber(point[0])} of points.${earlier}`,
      });
      return;
    }
    seen.set(point[0], index);
  });
  return issues;
}

const describePoint = (point: CurvePoint): string => `(${formatNumber(point[0])}, ${formatNumber(point[1])})`;

/** Piecewise-linear through the points sorted by value; beyond either end, the end point's score. */
export function scoreCurve(value: number, config: CurveScoringConfig, explain = true): MethodResult {
  const points: CurvePoint[] = [...config.points].sort((a, b) => a[0] - b[0]);
  const inputs = { value, points: points.length };
  const first = points[0]!; // validated: at least two points
  const last = points[points.length - 1]!;
  if (value <= first[0]) {
    return {
      raw: first[1],
      inputs,
      explanation: explain
        ? [
            `curve: ${formatNumber(value)} is at or below the first point ${describePoint(first)}: ${formatNumber(first[1])}`,
          ]
        : [],
    };
  }
  if (value >= last[0]) {
    return {
      raw: last[1],
      inputs,
      explanation: explain
        ? [
            `curve: ${formatNumber(value)} is at or above the last point ${describePoint(last)}: ${formatNumber(last[1])}`,
          ]
        : [],
    };
  }
  const upperIndex = points.findIndex((point) => point[0] >= value);
  const upper = points[upperIndex]!; // exists: value < last value
  const lower = points[upperIndex - 1]!; // exists: value > first value
  const t = linearFraction(value, lower[0], upper[0]);
  const raw = lerp(lower[1], upper[1], t);
  return {
    raw,
    inputs,
    explanation: explain
      ? [
          `curve: ${formatNumber(value)} lies between ${describePoint(lower)} and ${describePoint(upper)}: ${formatOperand(lower[1])} + (${formatOperand(upper[1])} − ${formatOperand(lower[1])}) × (${formatOperand(value)} − ${formatOperand(lower[0])}) / (${formatOperand(upper[0])} − ${formatOperand(lower[0])}) = ${formatNumber(raw)} (${formatPercent(raw)})`,
        ]
      : [],
  };
}
