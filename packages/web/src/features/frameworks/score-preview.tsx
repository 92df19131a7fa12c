import { Alert, List, Skeleton, Text, VisuallyHidden } from "@mantine/core";
import type { ScoringConfig } from "@yardstick/core";
import { lazy, memo, Suspense, useMemo } from "react";
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

/** Where the score crosses the usual reading points, as text for people who do not see the chart. */
function summary(points: { value: number; score: number }[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "";
  const hundred = points.find((p) => p.score >= 100);
  return `From ${first.value} (${first.score}%) to ${last.value} (${last.score}%)${hundred ? `; reaches 100% at ${hundred.value}` : "; never reaches 100%"}.`;
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
  const curve = useMemo(() => scoreCurve(config), [config]);
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
        <ScoreCurveChart points={curve.points} domain={curve.domain} unit={unit} marks={marksOf(config)} />
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
