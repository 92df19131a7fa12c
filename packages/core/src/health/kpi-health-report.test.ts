import { describe, expect, it } from "vitest";
import type { KpiCycleResult, KpiHealthInput } from "./kpi-health.types.js";
import { kpiHealthReport, reachedTarget } from "./kpi-health-report.js";

const objectives = [{ key: "grow" }, { key: "old", archived: true }];

/** `reached` of `n` scored results (scores 1.0 and 0.5), all with values. */
function results(reached: number, n: number): KpiCycleResult[] {
  return Array.from({ length: n }, (_, i) => ({ value: i, score: i < reached ? 1 : 0.5 }));
}

function reportOf(list: KpiCycleResult[], links: string[] = ["grow"]) {
  const input: KpiHealthInput = {
    objectives,
    roles: [
      { key: "sales", title: "Sales", kpis: [{ key: "revenue", name: "Revenue", objectives: links, results: list }] },
    ],
  };
  const entry = kpiHealthReport(input).roles[0]?.kpis[0];
  if (!entry) throw new Error("no entry");
  return entry;
}

const kinds = (list: KpiCycleResult[], links?: string[]) => reportOf(list, links).findings.map((f) => f.kind);

describe("kpiHealthReport", () => {
  it("flags a KPI everyone reached as too easy, with counts", () => {
    const entry = reportOf(results(5, 5));
    expect(entry.status).toBe("flagged");
    expect(entry.findings.map((f) => f.kind)).toEqual(["too-easy"]);
    expect(entry.counts).toEqual({ scorecards: 5, withValue: 5, scored: 5, reached: 5 });
    expect(entry.reachShare).toBe(1);
    expect(entry.findings[0]?.message).toBe("Everyone reached the target (5 of 5, 100%).");
    expect(entry.findings[0]?.recommendation).toMatch(/Raise the target/);
  });

  it("uses strict bounds: more than 90% is too easy, exactly 90% is not", () => {
    expect(kinds(results(91, 100))).toEqual(["too-easy"]);
    expect(reportOf(results(91, 100)).findings[0]?.message).toBe("Most reached the target (91 of 100, 91%).");
    expect(kinds(results(90, 100))).toEqual([]);
    expect(kinds(results(10, 100))).toEqual([]);
    expect(kinds(results(9, 100))).toEqual(["unrealistic"]);
    expect(reportOf(results(9, 100)).findings[0]?.message).toBe("Few reached the target (9 of 100, 9%).");
  });

  it("flags a KPI nobody reached as unrealistic", () => {
    const entry = reportOf(results(0, 4));
    expect(entry.findings.map((f) => f.kind)).toEqual(["unrealistic"]);
    expect(entry.findings[0]?.message).toBe("Nobody reached the target (0 of 4, 0%).");
    expect(entry.findings[0]?.recommendation).toMatch(/Lower the target/);
  });

  it("counts a score a rounding error short of 1.0 as reached, and one clearly short as not", () => {
    expect(reachedTarget(0.9999999999)).toBe(true);
    expect(reachedTarget(0.999)).toBe(false);
    expect(reachedTarget(1.2)).toBe(true);
  });

  it("flags no data when no scorecard had a value, and then does not judge reach", () => {
    const entry = reportOf([
      { value: null, score: null },
      { value: null, score: null },
    ]);
    expect(entry.findings.map((f) => f.kind)).toEqual(["no-data"]);
    expect(entry.counts).toEqual({ scorecards: 2, withValue: 0, scored: 0, reached: 0 });
    expect(entry.reachShare).toBeNull();
    expect(entry.findings[0]?.message).toMatch(/No values at all on 2 scorecards/);
  });

  it("flags no data for a KPI no scorecard carried", () => {
    expect(kinds([])).toEqual(["no-data"]);
  });

  it("judges reach over scored results only", () => {
    const entry = reportOf([...results(1, 2), { value: 3, score: null }]);
    expect(entry.counts).toEqual({ scorecards: 3, withValue: 3, scored: 2, reached: 1 });
    expect(entry.reachShare).toBe(0.5);
    expect(entry.status).toBe("ok");
  });

  it("flags an orphaned KPI: no links, or only archived or missing objectives", () => {
    expect(kinds(results(5, 10), [])).toEqual(["orphaned"]);
    expect(reportOf(results(5, 10), []).findings[0]?.message).toBe("Not linked to any strategic objective.");
    const archived = reportOf(results(5, 10), ["old", "gone"]);
    expect(archived.findings.map((f) => f.kind)).toEqual(["orphaned"]);
    expect(archived.findings[0]?.message).toBe("Linked only to 2 objectives that are archived or gone.");
    const live = reportOf(results(5, 10), ["old", "grow"]);
    expect(live.status).toBe("ok");
    expect(live.liveObjectives).toEqual(["grow"]);
  });

  it("reports two findings when a KPI had no data and is orphaned", () => {
    expect(kinds([{ value: null, score: null }], ["old"])).toEqual(["no-data", "orphaned"]);
  });

  it("summarises per role and over the report, keeping the input order", () => {
    const report = kpiHealthReport({
      objectives,
      roles: [
        {
          key: "sales",
          kpis: [
            { key: "a", objectives: ["grow"], results: results(5, 5) },
            { key: "b", objectives: ["grow"], results: results(2, 4) },
          ],
        },
        {
          key: "support",
          title: "Support",
          kpis: [{ key: "c", objectives: [], results: [{ value: null, score: null }] }],
        },
      ],
    });
    expect(report.roles.map((r) => [r.role, r.title, r.flagged, r.kpis.map((k) => k.kpi)])).toEqual([
      ["sales", "sales", 1, ["a", "b"]],
      ["support", "Support", 1, ["c"]],
    ]);
    expect(report.roles[0]?.kpis[0]?.name).toBe("a");
    expect(report.summary).toEqual({
      kpis: 3,
      ok: 1,
      flagged: 2,
      byKind: { "too-easy": 1, unrealistic: 0, "no-data": 1, orphaned: 1 },
    });
  });

  it("ignores non-finite values and scores instead of counting them", () => {
    const entry = reportOf([
      { value: Number.NaN, score: Number.NaN },
      { value: 1, score: 1 },
    ]);
    expect(entry.counts).toEqual({ scorecards: 2, withValue: 1, scored: 1, reached: 1 });
  });
});
