import { Alert, List, Skeleton, Text, VisuallyHidden } from "@mantine/core";
import type { ScoringConfig } from "@yardstick/core";
import { lazy, memo, Suspense, useDeferredValue, useMemo } from "react";
import { scoreCurve } from "./score-curve.js";

const ScoreCurveChart = lazy(() => import("./score-curve.chart.js").then((m) => ({ default: m.ScoreCurveChart })));

function marksOf(config: ScoringConfig): { value: number; label: string }[] {
  switch (config.method) {
    case "linear":
      return [
        { value: config.baseline, label: "Baseline" },
        ...(config.stretch === undefined ? [] : [{ value: config.stretch, label: "Stretch" }]),
      ];
    case "ratio":
    case "binary":
      return [{ value: config.target, label: "Target" }];
    case "range":
      return [
        { value: config.low, label: "Low" },
        { value: config.high, label: "High" },
      ];
    default:
      return [];
  }
}

/** The value where the line crosses 100%, interpolated between samples, if it does. */
function targetCrossing(points: { value: number; score: number }[]): number | undefined {
  const exact = points.find((p) => p.score === 100);
  if (exact) return exact.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if ((a.score - 100) * (b.score - 100) < 0) {
      return Number.parseFloat(
        (a.value + ((100 - a.score) / (b.score - a.score)) * (b.value - a.value)).toPrecision(4),
      );
    }
  }
  return undefined;
}

/** The line in words, for people who do not see the chart. */
function summary(points: { value: number; score: number }[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "";
  const hundred = targetCrossing(points);
  const fmt = (v: number) => Number.parseFloat(v.toPrecision(4)).toLocaleString();
  return `From ${fmt(first.value)} (${fmt(first.score)}%) to ${fmt(last.value)} (${fmt(last.score)}%)${hundred === undefined ? "; never crosses 100%" : `; 100% at ${fmt(hundred)}`}.`;
}

/**
 * The live value → score chart of one scoring configuration, computed with the core engine.
 * Memoised on the configuration object: editing one assignment does not recompute the others.
 */
export const ScorePreview = memo(function ScorePreview({
  config,
  unit,
  label,
}: {
  config: ScoringConfig;
  unit?: string | null;
  label: string;
}) {
  // The chart follows at a lower priority: typing, the totals and the findings paint first.
  const deferred = useDeferredValue(config);
  const curve = useMemo(() => scoreCurve(deferred), [deferred]);
  const marks = useMemo(() => marksOf(deferred), [deferred]);
  if (!curve.ok) {
    return (
      <Alert color="orange" variant="light" title="No score curve until the configuration is complete">
        <List size="sm">
          {curve.issues.map((issue) => (
            <List.Item key={`${issue.path}:${issue.message}`}>
              {issue.path}: {issue.message}
            </List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return (
    <figure style={{ margin: 0 }} aria-label={`Score curve of ${label}`}>
      <Suspense fallback={<Skeleton h={180} aria-hidden />}>
        <ScoreCurveChart points={curve.points} domain={curve.domain} unit={unit} marks={marks} />
      </Suspense>
      <figcaption>
        <Text size="xs" c="dimmed">
          <VisuallyHidden>Score curve: </VisuallyHidden>
          {summary(curve.points)}
        </Text>
      </figcaption>
    </figure>
  );
});
