/** One benchmark's result: the product path, its raw baseline, and the target verdict. */
export interface BenchFigure {
  name: string;
  /** What the product path achieved and how the baseline did, in `unit`. */
  product: number;
  baseline: number;
  unit: string;
  /** product / baseline for throughputs; baseline / product for times (so higher is better). */
  ratio: number;
  target: string;
  met: boolean | null;
  /** How far off (or ahead), in words. */
  verdict: string;
  detail?: Record<string, number | string>;
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString("en") : n.toLocaleString("en", { maximumFractionDigits: 2 });

/** A plain-text table of the figures. */
export function formatTable(figures: BenchFigure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${fmt(f.product)} ${f.unit}`,
    `${fmt(f.baseline)} ${f.unit}`,
    `${(f.ratio * 100).toFixed(0)}%`,
    f.target,
    f.met === null ? "-" : f.met ? "met" : "MISSED",
    f.verdict,
  ]);
  const head = ["benchmark", "yardstick", "raw baseline", "ratio", "target", "", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
