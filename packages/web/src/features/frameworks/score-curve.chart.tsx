import "@mantine/charts/styles.css";
import { LineChart } from "@mantine/charts";
import { memo } from "react";
import type { CurvePoint } from "./score-curve.js";

interface Props {
  points: CurvePoint[];
  domain: [number, number];
  unit?: string | null;
  /** Values worth a reference line (baseline, target, stretch...). */
  marks: { value: number; label: string }[];
}

const formatTick = (value: number) => Number.parseFloat(value.toPrecision(4)).toLocaleString();

/** The value → score line of one assignment. Loaded lazily: the chart library is the heavy part. */
export const ScoreCurveChart = memo(function ScoreCurveChart({ points, domain, unit, marks }: Props) {
  return (
    <LineChart
      h={180}
      data={points}
      dataKey="value"
      series={[{ name: "score", label: "Score", color: "blue.6" }]}
      curveType="linear"
      withDots={false}
      xAxisLabel={unit ? `Value (${unit})` : "Value"}
      yAxisLabel="Score %"
      xAxisProps={{ type: "number", domain, tickFormatter: formatTick, allowDataOverflow: true }}
      yAxisProps={{ domain: [0, (max: number) => Math.max(120, Math.ceil(max / 10) * 10)], width: 48 }}
      referenceLines={[
        { y: 100, label: "Target met (100%)", color: "green.6", strokeDasharray: "4 4" },
        ...marks.map((mark) => ({ x: mark.value, label: mark.label, color: "gray.5", strokeDasharray: "2 4" })),
      ]}
      valueFormatter={(value) => `${formatTick(value)}%`}
      tooltipAnimationDuration={0}
      lineProps={{ isAnimationActive: false }}
    />
  );
});
