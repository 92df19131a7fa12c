import "@mantine/charts/styles.css";
import { Sparkline } from "@mantine/charts";

interface Props {
  /** Scores (1.0 = 100%) oldest first; null where there was no data. */
  scores: (number | null)[];
}

/**
 * The chart itself, in its own chunk: recharts is heavy and only scorecards need it.
 * Decorative: the trend is also written out in words next to it. `inert` keeps the chart's
 * focusable SVG out of the tab order and away from screen readers (aria-hidden alone does not).
 */
export function TrendSparkline({ scores }: Props) {
  return (
    <div inert>
      <Sparkline
        h={40}
        w="100%"
        data={scores.map((s) => (s === null ? null : Math.round(s * 100)))}
        curveType="monotone"
        trendColors={{ positive: "teal.6", negative: "red.6", neutral: "gray.5" }}
        fillOpacity={0.2}
      />
    </div>
  );
}
