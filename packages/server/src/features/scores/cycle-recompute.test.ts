import { expect, it } from "vitest";
import { describeEachDatabase } from "../../test/test-database.js";
import { createDemoOrganization } from "../demo/demo.service.js";
import { recomputeCycle, recomputeScorecards, scoreOfScorecard, unpackValues } from "./scorecard-recompute.service.js";
import { isSummary, parseResult } from "./scores.presenter.js";
import { listScores } from "./scores.repository.js";

describeEachDatabase("cycle-wide recompute", (ctx) => {
  it("stores only numbers, and those numbers equal the explained path's over generated data", async () => {
    const { db } = ctx.database;
    const demo = await createDemoOrganization(db, { seed: 7, today: "2026-11-25", fixedPassword: true });
    const org = demo.organizationId;
    for (const cycle of demo.cycles) {
      const count = await db.transaction().execute((trx) => recomputeCycle(trx, org, cycle.id));
      expect(count).toBe(cycle.scorecards);
      const ids = (await db.selectFrom("scorecards").select("id").where("cycle_id", "=", cycle.id).execute()).map(
        (r) => r.id,
      );
      const fast = new Map((await listScores(db, org, ids)).map((r) => [r.scorecard_id, r]));
      expect(fast.size).toBe(ids.length);
      for (const row of fast.values()) expect(isSummary(parseResult(row))).toBe(true);

      await db.transaction().execute((trx) => recomputeScorecards(trx, org, ids, { explain: true }));
      const explained = new Map((await listScores(db, org, ids)).map((r) => [r.scorecard_id, r]));
      let scored = 0;
      for (const id of ids) {
        const a = parseResult(fast.get(id) as never);
        const b = parseResult(explained.get(id) as never);
        expect(isSummary(b)).toBe(false);
        expect(a.overall).toBe(b.overall);
        expect(a.rating).toEqual(b.rating);
        expect(a.kpis.map((k) => [k.kpi, k.name, k.unit, k.weight, k.value, k.score])).toEqual(
          b.kpis.map((k) => [k.kpi, k.name, k.unit, k.weight, k.value, k.score]),
        );
        expect(fast.get(id)?.overall).toBe(explained.get(id)?.overall);
        expect(fast.get(id)?.inputs_stamp).toBe(explained.get(id)?.inputs_stamp);
        if (a.overall !== null) scored += 1;
      }
      // The generated history gives nearly everyone a score; an all-null comparison would prove nothing.
      expect(scored).toBeGreaterThan(ids.length / 2);
    }
  }, 120_000);

  it("rebuilds the full explanation when one scorecard stored as numbers is opened", async () => {
    const { db } = ctx.database;
    const demo = await createDemoOrganization(db, {
      seed: 8,
      today: "2026-11-25",
      fixedPassword: true,
      forceNewOrganization: true,
    });
    const cycle = demo.cycles[0];
    if (!cycle) throw new Error("demo has no cycle");
    await db.transaction().execute((trx) => recomputeCycle(trx, demo.organizationId, cycle.id));
    const card = await db
      .selectFrom("scorecards")
      .select("id")
      .where("cycle_id", "=", cycle.id)
      .executeTakeFirstOrThrow();
    const before = (await listScores(db, demo.organizationId, [card.id]))[0];
    expect(before && isSummary(parseResult(before))).toBe(true);
    const score = await scoreOfScorecard(db, demo.organizationId, card.id);
    expect(score.explanation.length).toBeGreaterThan(0);
    expect(score.kpis.every((k) => k.explanation.length > 0)).toBe(true);
    expect(score.overall).toBe(before?.overall);
    const after = (await listScores(db, demo.organizationId, [card.id]))[0];
    expect(after && isSummary(parseResult(after))).toBe(false);
  }, 120_000);

  it("returns 0 for a cycle of another organization or without scorecards", async () => {
    const { db } = ctx.database;
    const cycle = await db.selectFrom("review_cycles").select(["id", "organization_id"]).executeTakeFirstOrThrow();
    const other = await db
      .selectFrom("organizations")
      .select("id")
      .where("id", "!=", cycle.organization_id)
      .executeTakeFirstOrThrow();
    expect(await db.transaction().execute((trx) => recomputeCycle(trx, other.id, cycle.id))).toBe(0);
  });
});

it("unpacks packed values exactly, dated and whole-period, and refuses garbage", () => {
  const packed = ["k1\u001fm1\u001f\u001f0.30000000000000004", "k2\u001fm2\u001f2026-02-03\u001f-1.0e+301"].join(
    "\u001e",
  );
  expect(unpackValues(packed)).toEqual([
    { kpi: "k1", period: "m1", measuredOn: "", value: 0.1 + 0.2 },
    { kpi: "k2", period: "m2", measuredOn: "2026-02-03", value: -1e301 },
  ]);
  expect(unpackValues(null)).toEqual([]);
  expect(() => unpackValues("no separators")).toThrow(/unreadable/);
});
