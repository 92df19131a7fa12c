import type { Assignment, RatingBand, ScoringConfig } from "@yardstick/core";
import { DEFAULT_CAP, DEFAULT_FLOOR } from "@yardstick/core";
import type SqliteDatabase from "better-sqlite3";

interface SnapshotLike {
  framework: { versionId: string; assignments: Assignment[] };
  kpis: { key: string; aggregation: string | null }[];
}

/**
 * The baseline of the recompute benchmark: one hand-written SQLite statement that computes the
 * same weighted scores as the engine for the benchmark's frameworks (aggregations sum, average,
 * last; methods linear, ratio, range, binary, rating, bands, curve; missing data "exclude"; the
 * organization's rating scale) and writes them to a scratch table. Parameters come from the
 * scorecards' snapshots into small helper tables, as a hand-tuned report would keep them.
 * It explains nothing and knows no overrides: that is what makes it the lower bound.
 */
export function prepareSqlAggregate(raw: SqliteDatabase.Database, snapshots: SnapshotLike[], scale: RatingBand[]) {
  raw.exec(`
    DROP TABLE IF EXISTS bench_params; DROP TABLE IF EXISTS bench_points; DROP TABLE IF EXISTS bench_scale;
    DROP TABLE IF EXISTS bench_sql_scores;
    CREATE TABLE bench_params (version_id TEXT, kpi TEXT, agg TEXT, method TEXT, weight REAL,
      a REAL, b REAL, c REAL, higher INTEGER, floor REAL, cap REAL, PRIMARY KEY (version_id, kpi));
    CREATE TABLE bench_points (version_id TEXT, kpi TEXT, x REAL, y REAL, nx REAL, ny REAL);
    CREATE TABLE bench_scale (from_score REAL, rating REAL, label TEXT);
    CREATE TABLE bench_sql_scores (scorecard_id TEXT PRIMARY KEY, overall REAL, rating REAL);
  `);
  const param = raw.prepare("INSERT INTO bench_params VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const point = raw.prepare("INSERT INTO bench_points VALUES (?, ?, ?, ?, ?, ?)");
  for (const snapshot of snapshots) {
    const v = snapshot.framework.versionId;
    for (const a of snapshot.framework.assignments) {
      const s: ScoringConfig = a.scoring;
      const agg = snapshot.kpis.find((k) => k.key === a.kpi)?.aggregation ?? "last";
      const floor = s.floor ?? DEFAULT_FLOOR;
      const cap = s.cap ?? DEFAULT_CAP;
      let abc: [number, number, number, number] = [0, 0, 0, 1];
      if (s.method === "linear") abc = [s.baseline, s.target, 0, 1];
      if (s.method === "ratio" || s.method === "binary") abc = [0, s.target, 0, s.direction === "higher" ? 1 : 0];
      if (s.method === "range") abc = [s.low, s.high, s.tolerance, 1];
      if (s.method === "rating") abc = [s.scale.min, s.targetRating, 0, 1];
      param.run(v, a.kpi, agg, s.method, a.weight, abc[0], abc[1], abc[2], abc[3], floor, cap);
      if (s.method === "curve") {
        const sorted = [...s.points].sort((p, q) => p[0] - q[0]);
        sorted.forEach((p, i) => {
          const next = sorted[i + 1];
          point.run(v, a.kpi, p[0], p[1], next?.[0] ?? null, next?.[1] ?? null);
        });
      }
      if (s.method === "bands") for (const band of s.bands) point.run(v, a.kpi, band.from, band.score, null, null);
    }
  }
  const band = raw.prepare("INSERT INTO bench_scale VALUES (?, ?, ?)");
  for (const b of scale) band.run(b.from, b.rating, b.label);

  return raw.prepare(`
    INSERT INTO bench_sql_scores (scorecard_id, overall, rating)
    WITH agg AS (
      SELECT m.scorecard_id, m.kpi_key, count(*) AS n, sum(m.value) AS total, max(m.period) AS last_period,
             m.value AS last_value -- SQLite: the bare column comes from the row with max(period)
      FROM measurements m
      WHERE m.organization_id = :org AND m.cycle_id = :cycle
      GROUP BY m.scorecard_id, m.kpi_key
    ),
    val AS (
      SELECT a.scorecard_id, p.*, CASE p.agg WHEN 'sum' THEN a.total WHEN 'average' THEN a.total / a.n
        WHEN 'count' THEN a.n ELSE a.last_value END AS x
      FROM agg a JOIN scorecards s ON s.id = a.scorecard_id
      JOIN bench_params p ON p.version_id = s.framework_version_id AND p.kpi = a.kpi_key
    ),
    raw AS (
      SELECT scorecard_id, weight, floor, cap, CASE method
        WHEN 'linear' THEN (x - a) / (b - a)
        WHEN 'rating' THEN (x - a) / (b - a)
        WHEN 'ratio' THEN CASE WHEN higher THEN x / b WHEN x <= 0 THEN cap ELSE b / x END
        WHEN 'binary' THEN CASE WHEN (higher AND x >= b) OR (NOT higher AND x <= b) THEN 1.0 ELSE 0.0 END
        WHEN 'range' THEN CASE WHEN x >= a AND x <= b THEN 1.0 ELSE 1 - (CASE WHEN x < a THEN a - x ELSE x - b END) / c END
        WHEN 'bands' THEN coalesce((SELECT pt.y FROM bench_points pt WHERE pt.version_id = val.version_id
          AND pt.kpi = val.kpi AND pt.x <= val.x ORDER BY pt.x DESC LIMIT 1), floor)
        WHEN 'curve' THEN coalesce(
          (SELECT CASE WHEN val.x <= pt.x THEN pt.y END FROM bench_points pt WHERE pt.version_id = val.version_id
             AND pt.kpi = val.kpi ORDER BY pt.x LIMIT 1),
          (SELECT CASE WHEN val.x >= pt.x THEN pt.y END FROM bench_points pt WHERE pt.version_id = val.version_id
             AND pt.kpi = val.kpi ORDER BY pt.x DESC LIMIT 1),
          (SELECT pt.y * (1 - (val.x - pt.x) / (pt.nx - pt.x)) + pt.ny * ((val.x - pt.x) / (pt.nx - pt.x))
             FROM bench_points pt WHERE pt.version_id = val.version_id AND pt.kpi = val.kpi
             AND pt.x < val.x AND val.x <= pt.nx))
        END AS r
      FROM val
    ),
    scored AS (SELECT scorecard_id, weight, min(cap, max(floor, r)) AS score FROM raw),
    overall AS (SELECT scorecard_id, sum(score * weight) / sum(weight) AS o FROM scored GROUP BY scorecard_id)
    SELECT scorecard_id, o, coalesce(
      (SELECT rating FROM bench_scale WHERE from_score <= o ORDER BY from_score DESC LIMIT 1),
      (SELECT rating FROM bench_scale ORDER BY from_score LIMIT 1))
    FROM overall
  `);
}
