import { Skeleton, Text, VisuallyHidden } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { ScorecardTrend } from "./measurement.types.js";
import { formatScore } from "./score-format.js";

const TrendSparkline = lazy(() => import("./trend.sparkline.js").then((m) => ({ default: m.TrendSparkline })));

type KpiTrend = ScorecardTrend["kpis"][number];

/** Points of a KPI's trend, oldest first: past cycles, then this cycle's sub-periods. */
export function trendPoints(trend: KpiTrend): { label: string; score: number | null }[] {
  return [
    ...trend.pastCycles.map((c) => ({ label: c.cycleName, score: c.score })),
    ...trend.periods.map((p) => ({ label: p.label, score: p.score })),
  ];
}

/** A sparkline of a KPI's score with the same numbers in words for screen readers. */
export function KpiTrend({ trend }: { trend: KpiTrend | undefined }) {
  if (!trend) return null;
  const points = trendPoints(trend);
  if (points.every((p) => p.score === null))
    return (
      <Text size="xs" c="dimmed">
        No trend yet: no values in any sub-period.
      </Text>
    );
  const words = points.map((p) => `${p.label}: ${formatScore(p.score)}`).join("; ");
  return (
    <div style={{ width: "100%" }}>
      <Suspense fallback={<Skeleton h={40} />}>
        <TrendSparkline scores={points.map((p) => p.score)} />
      </Suspense>
      <Text size="xs" c="dimmed" aria-hidden>
        {points[0]?.label} → {points[points.length - 1]?.label}
      </Text>
      <VisuallyHidden>Trend: {words}</VisuallyHidden>
    </div>
  );
}
