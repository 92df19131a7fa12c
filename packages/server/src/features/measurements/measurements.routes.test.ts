import { beforeAll, describe, expect, it } from "vitest";
import { describeEachApp, signInAs, type TestClient } from "../../test/test-app.js";
import { createTestPerson, openTestCycle, scorecardsOf } from "../people/people.factory.js";
import { insertScoringRole } from "./measurements.factory.js";
import { recordMeasurements } from "./measurements.service.js";

interface ErrorJson {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
interface Measurement {
  id: string;
  kpi: string;
  period: string;
  date: string | null;
  value: number;
  source: string;
  authorId: string | null;
  comment: string | null;
}
interface RecordJson {
  status: string;
  measurement: Measurement;
  history: (Measurement & { supersededAt: string; supersededById: string | null })[];
  score: {
    overall: number | null;
    rating: { value: number; label: string } | null;
    kpis: { kpi: string; value: number | null; score: number | null; explanation: string[] }[];
    explanation: string[];
    computedAt: string;
  };
}
interface ListJson {
  kpis: { kpi: string; reporter: string; canReport: boolean }[];
  periods: { key: string }[];
  items: { kpi: string; period: string; date: string | null; current: Measurement; history: Measurement[] }[];
}

const issuePath = (body: unknown) => (body as ErrorJson).error.issues?.[0]?.path;

describeEachApp("measurements", (ctx) => {
  let hr: TestClient;
  let manager: TestClient;
  let employee: TestClient;
  let peer: TestClient;
  let otherManager: TestClient;
  let keys: { emp: string; mgr: string; sys: string; rating: string };
  let roleId: string;
  let personId: string;
  let peerId: string;
  let cycleId: string;
  let card: string;
  let peerCard: string;

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    manager = await signInAs(ctx, "manager");
    otherManager = await signInAs(ctx, "manager");
    employee = await signInAs(ctx, "employee");
    peer = await signInAs(ctx, "employee");
    const seeded = await insertScoringRole(ctx.database.db, ctx.admin.organizationId, [
      { reporter: "employee", aggregation: "sum", name: "Calls", weight: 40 },
      { reporter: "manager", aggregation: "last", name: "Quality", weight: 30 },
      { reporter: "system", aggregation: "average", name: "Revenue", weight: 20 },
      { reporter: "manager", name: "Teamwork", weight: 10, ratingScale: { min: 1, max: 5 } },
    ]);
    roleId = seeded.roleId;
    keys = {
      emp: seeded.keys[0] as string,
      mgr: seeded.keys[1] as string,
      sys: seeded.keys[2] as string,
      rating: seeded.keys[3] as string,
    };
    const boss = await createTestPerson(hr, { roleId, userId: manager.userId });
    await createTestPerson(hr, { roleId, userId: otherManager.userId });
    personId = (await createTestPerson(hr, { roleId, managerId: boss.id, userId: employee.userId })).id;
    peerId = (await createTestPerson(hr, { roleId, managerId: boss.id, userId: peer.userId })).id;
    cycleId = (await openTestCycle(hr, { cadence: "quarterly", startDate: "2026-01-01" })).cycle.id;
    card = (await scorecardsOf(hr, personId, cycleId))[0]?.id as string;
    peerCard = (await scorecardsOf(hr, peerId, cycleId))[0]?.id as string;
  });

  const post = (client: TestClient, body: Record<string, unknown>, id = card) =>
    client.request("POST", `/api/v1/scorecards/${id}/measurements`, body);
  const list = async (id = card) => {
    const response = await hr.request("GET", `/api/v1/scorecards/${id}/measurements`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ListJson;
  };
  const counts = async () => {
    const db = ctx.database.db;
    const current = await db.selectFrom("measurements").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    const history = await db
      .selectFrom("measurement_history")
      .select(db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return { current: Number(current.n), history: Number(history.n) };
  };

  it("records a first value with 201: source, author, comment, and the recomputed score", async () => {
    const response = await post(employee, { kpi: keys.emp, value: 30, period: "m1", comment: "January calls" });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as RecordJson;
    expect(body.status).toBe("created");
    expect(body.measurement).toMatchObject({
      kpi: keys.emp,
      period: "m1",
      date: null,
      value: 30,
      source: "manual",
      authorId: employee.userId,
      comment: "January calls",
    });
    expect(body.history).toEqual([]);
    // Only Calls has data: excluded KPIs re-normalise, so the overall is Calls' own 30%.
    expect(body.score.kpis.find((k) => k.kpi === keys.emp)?.score).toBeCloseTo(0.3);
    expect(body.score.overall).toBeCloseTo(0.3);
    expect(body.score.rating?.label).toBe("Below expectations");
  });

  it("keeps a correction's earlier value in the history (200) and answers an identical re-post with 200, unchanged", async () => {
    const first = await post(manager, { kpi: keys.mgr, value: 50, date: "2026-02-10" });
    expect(first.statusCode, first.body).toBe(201);
    expect((first.json() as RecordJson).measurement).toMatchObject({ period: "m2", date: "2026-02-10" });
    const before = await counts();
    const correction = await post(hr, { kpi: keys.mgr, value: 60, date: "2026-02-10", comment: "Recounted" });
    expect(correction.statusCode, correction.body).toBe(200);
    const corrected = correction.json() as RecordJson;
    expect(corrected.status).toBe("corrected");
    expect(corrected.measurement).toMatchObject({ value: 60, authorId: hr.userId, comment: "Recounted" });
    expect(corrected.measurement.id).toBe((first.json() as RecordJson).measurement.id);
    expect(corrected.history).toHaveLength(1);
    expect(corrected.history[0]).toMatchObject({ value: 50, authorId: manager.userId, supersededById: hr.userId });
    expect(corrected.score.kpis.find((k) => k.kpi === keys.mgr)?.score).toBeCloseTo(0.6);
    expect(await counts()).toEqual({ current: before.current, history: before.history + 1 });

    const again = await post(hr, { kpi: keys.mgr, value: 60, date: "2026-02-10" });
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as RecordJson).status).toBe("unchanged");
    expect(await counts()).toEqual({ current: before.current, history: before.history + 1 });

    const second = await post(hr, { kpi: keys.mgr, value: 70, date: "2026-02-10" });
    expect((second.json() as RecordJson).history.map((h) => h.value)).toEqual([60, 50]);
    const slot = (await list()).items.find((i) => i.kpi === keys.mgr && i.date === "2026-02-10");
    expect(slot?.current.value).toBe(70);
    expect(slot?.history.map((h) => h.value)).toEqual([60, 50]);
  });

  it("recomputes only the scorecard that changed", async () => {
    const db = ctx.database.db;
    await post(hr, { kpi: keys.emp, value: 5, period: "m1" }, peerCard);
    const stored = async (id: string) =>
      (await db.selectFrom("scorecard_scores").selectAll().where("scorecard_id", "=", id).executeTakeFirstOrThrow())
        .computed_at;
    const peerBefore = await stored(peerCard);
    const mineBefore = await stored(card);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const response = await post(employee, { kpi: keys.emp, value: 44, period: "m3" });
    expect(response.statusCode, response.body).toBe(201);
    expect(await stored(peerCard)).toBe(peerBefore);
    expect(await stored(card)).not.toBe(mineBefore);
    expect((response.json() as RecordJson).score.computedAt).toBe(await stored(card));
  });

  describe("who may report", () => {
    it("an employee-reported KPI: the person, their manager and hr; nobody else sees the scorecard", async () => {
      expect((await post(employee, { kpi: keys.emp, value: 1, period: "m2" })).statusCode).toBe(201);
      expect((await post(manager, { kpi: keys.emp, value: 2, period: "m2" })).statusCode).toBe(200);
      expect((await post(hr, { kpi: keys.emp, value: 3, period: "m2" })).statusCode).toBe(200);
      expect((await post(ctx.admin, { kpi: keys.emp, value: 4, period: "m2" })).statusCode).toBe(200);
      expect((await post(peer, { kpi: keys.emp, value: 5, period: "m2" })).statusCode).toBe(404);
      expect((await post(otherManager, { kpi: keys.emp, value: 5, period: "m2" })).statusCode).toBe(404);
    });

    it("a manager-reported KPI: not the person (403), but their manager and hr", async () => {
      const denied = await post(employee, { kpi: keys.mgr, value: 10, period: "m3" });
      expect(denied.statusCode).toBe(403);
      expect((denied.json() as ErrorJson).error.message).toContain("manager");
      expect((await post(manager, { kpi: keys.mgr, value: 10, period: "m3" })).statusCode).toBe(201);
      expect((await post(hr, { kpi: keys.mgr, value: 11, period: "m3" })).statusCode).toBe(200);
    });

    it("a system-reported KPI: hr and admin only", async () => {
      expect((await post(employee, { kpi: keys.sys, value: 10, period: "m1" })).statusCode).toBe(403);
      expect((await post(manager, { kpi: keys.sys, value: 10, period: "m1" })).statusCode).toBe(403);
      expect((await post(hr, { kpi: keys.sys, value: 10, period: "m1" })).statusCode).toBe(201);
      expect((await post(ctx.admin, { kpi: keys.sys, value: 12, period: "m1" })).statusCode).toBe(200);
    });

    it("source api only for hr and admin", async () => {
      const denied = await post(manager, { kpi: keys.emp, value: 9, period: "m1", source: "api" });
      expect(denied.statusCode).toBe(403);
      const allowed = await post(hr, { kpi: keys.sys, value: 15, period: "m2", source: "api" });
      expect(allowed.statusCode, allowed.body).toBe(201);
      expect((allowed.json() as RecordJson).measurement.source).toBe("api");
      const reserved = await post(hr, { kpi: keys.sys, value: 15, period: "m2", source: "import" });
      expect(reserved.statusCode).toBe(400);
      expect(issuePath(reserved.json())).toBe("source");
    });

    it("the list says which KPIs the caller may report", async () => {
      const response = await employee.request("GET", `/api/v1/scorecards/${card}/measurements`);
      expect(response.statusCode).toBe(200);
      const can = Object.fromEntries((response.json() as ListJson).kpis.map((k) => [k.kpi, k.canReport]));
      expect(can).toEqual({ [keys.emp]: true, [keys.mgr]: false, [keys.sys]: false, [keys.rating]: false });
      expect((response.json() as ListJson).periods.map((p) => p.key)).toEqual(["m1", "m2", "m3"]);
      expect((await peer.request("GET", `/api/v1/scorecards/${card}/measurements`)).statusCode).toBe(404);
    });
  });

  describe("bad input: a 4xx naming the problem, nothing written", () => {
    const cases: [string, Record<string, unknown>, number, string][] = [
      ["a KPI not on the scorecard", { kpi: "not-on-it", value: 1, period: "m1" }, 400, "kpi"],
      ["a date before the cycle", { value: 1, date: "2025-12-31" }, 400, "date"],
      ["a date after the cycle", { value: 1, date: "2026-04-01" }, 400, "date"],
      ["an impossible date", { value: 1, date: "2026-02-30" }, 400, "date"],
      ["a text value", { value: "12" }, 400, "value"],
      ["a null value", { value: null }, 400, "value"],
      ["neither period nor date", { value: 1, period: undefined }, 400, "period"],
      ["an unknown sub-period", { value: 1, period: "m9" }, 400, "period"],
      ["a date outside the named period", { value: 1, period: "m1", date: "2026-02-02" }, 400, "period"],
      ["a rating outside its scale", { value: 7 }, 400, "value"],
      ["an unknown field", { value: 1, extra: true }, 400, "extra"],
    ];
    for (const [name, override, status, path] of cases) {
      it(name, async () => {
        const before = await counts();
        const kpi = name.startsWith("a rating") ? keys.rating : keys.emp;
        const response = await post(hr, { kpi, period: "m1", ...override });
        expect(response.statusCode, response.body).toBe(status);
        const error = response.json() as ErrorJson;
        expect(error.error.issues?.map((i) => i.path)).toContain(path);
        expect(await counts()).toEqual(before);
      });
    }

    it("Infinity (a number too large for a double) is refused naming value", async () => {
      const before = await counts();
      const response = await ctx.app.inject({
        method: "POST",
        url: `/api/v1/scorecards/${card}/measurements`,
        headers: { cookie: hr.cookie, "x-csrf-token": hr.csrfToken, "content-type": "application/json" },
        payload: `{"kpi":"${keys.emp}","period":"m1","value":1e999}`,
      });
      expect(response.statusCode).toBe(400);
      expect(issuePath(response.json())).toBe("value");
      expect(await counts()).toEqual(before);
    });

    it("401 without a session, 404 for an unknown scorecard, 400 for a malformed id", async () => {
      const anonymous = await ctx.app.inject({
        method: "POST",
        url: `/api/v1/scorecards/${card}/measurements`,
        payload: { kpi: keys.emp, value: 1, period: "m1" },
      });
      expect(anonymous.statusCode).toBe(401);
      const unknown = "00000000-0000-4000-8000-000000000000";
      expect((await post(hr, { kpi: keys.emp, value: 1, period: "m1" }, unknown)).statusCode).toBe(404);
      expect((await hr.request("GET", `/api/v1/scorecards/${unknown}/measurements`)).statusCode).toBe(404);
      expect((await post(hr, { kpi: keys.emp, value: 1, period: "m1" }, "nope")).statusCode).toBe(400);
    });

    it("a date outside the scorecard's validity (a joiner mid-cycle) names date", async () => {
      const joiner = await createTestPerson(hr, { roleId, startDate: "2026-02-15" });
      const [joinerCard] = await scorecardsOf(hr, joiner.id, cycleId);
      expect(joinerCard?.validFrom).toBe("2026-02-15");
      const response = await post(hr, { kpi: keys.emp, value: 1, date: "2026-02-01" }, joinerCard?.id);
      expect(response.statusCode).toBe(400);
      expect(issuePath(response.json())).toBe("date");
      const ok = await post(hr, { kpi: keys.emp, value: 1, date: "2026-02-20" }, joinerCard?.id);
      expect(ok.statusCode, ok.body).toBe(201);
    });

    it("a closed cycle refuses every write with 409 and stays readable", async () => {
      const opened = await openTestCycle(hr, { cadence: "custom", startDate: "2027-01-01", endDate: "2027-03-31" });
      const [closedCard] = await scorecardsOf(hr, personId, opened.cycle.id);
      expect((await post(hr, { kpi: keys.emp, value: 8, period: "m1" }, closedCard?.id)).statusCode).toBe(201);
      expect((await hr.request("POST", `/api/v1/cycles/${opened.cycle.id}/close`)).statusCode).toBe(200);
      const before = await counts();
      for (const client of [hr, manager, employee]) {
        const response = await post(client, { kpi: keys.emp, value: 9, period: "m1" }, closedCard?.id);
        expect(response.statusCode).toBe(409);
        expect((response.json() as ErrorJson).error.message).toContain("closed");
      }
      expect(await counts()).toEqual(before);
      const read = await employee.request("GET", `/api/v1/scorecards/${closedCard?.id}/measurements`);
      expect(read.statusCode).toBe(200);
      expect((read.json() as ListJson).kpis.every((k) => !k.canReport)).toBe(true);
    });
  });

  describe("recordMeasurements (the import path)", () => {
    const hrCaller = () => ({ userId: hr.userId, organizationId: ctx.admin.organizationId, role: "hr" as const });

    it("is idempotent and turns changed values into corrections with history", async () => {
      const db = ctx.database.db;
      const rows = [
        { scorecardId: peerCard, kpi: keys.sys, value: 100, period: "m1" },
        { scorecardId: peerCard, kpi: keys.sys, value: 200, period: "m2" },
      ];
      const first = await db.transaction().execute((trx) => recordMeasurements(trx, hrCaller(), rows, "import"));
      expect(first.outcomes.map((o) => o.status)).toEqual(["created", "created"]);
      expect(first.recomputed).toEqual([peerCard]);
      const before = await counts();
      const repeat = await db.transaction().execute((trx) => recordMeasurements(trx, hrCaller(), rows, "import"));
      expect(repeat.outcomes.map((o) => o.status)).toEqual(["unchanged", "unchanged"]);
      expect(repeat.recomputed).toEqual([]);
      expect(await counts()).toEqual(before);
      const changed = await db
        .transaction()
        .execute((trx) =>
          recordMeasurements(trx, hrCaller(), [{ ...rows[0], value: 150 } as (typeof rows)[0]], "import"),
        );
      expect(changed.outcomes.map((o) => o.status)).toEqual(["corrected"]);
      expect(await counts()).toEqual({ current: before.current, history: before.history + 1 });
      const slot = (await list(peerCard)).items.find((i) => i.kpi === keys.sys && i.period === "m1");
      expect(slot?.current).toMatchObject({ value: 150, source: "import" });
      expect(slot?.history.map((h) => h.value)).toEqual([100]);
    });

    it("keeps every replaced value in history when corrections of one slot race", async () => {
      const db = ctx.database.db;
      const slot = { scorecardId: peerCard, kpi: keys.sys, period: "m2" };
      const write = (value: number) =>
        db.transaction().execute((trx) => recordMeasurements(trx, hrCaller(), [{ ...slot, value }], "import"));
      await write(1000);
      const racing = [1001, 1002, 1003, 1004, 1005];
      await Promise.all(racing.map(write));
      const item = (await list(peerCard)).items.find((i) => i.kpi === keys.sys && i.period === "m2");
      const seen = [...(item?.history.map((h) => h.value) ?? []), item?.current.value];
      // Each written value is either current or in history exactly once: none lost, none doubled.
      expect(seen.filter((v) => v !== undefined && v >= 1000).sort()).toEqual([1000, ...racing]);
    });

    it("writes nothing when any row is refused, naming rows.N.field", async () => {
      const db = ctx.database.db;
      const before = await counts();
      const attempt = db.transaction().execute((trx) =>
        recordMeasurements(
          trx,
          hrCaller(),
          [
            { scorecardId: peerCard, kpi: keys.sys, value: 1, period: "m3" },
            { scorecardId: peerCard, kpi: keys.sys, value: Number.NaN, period: "m3" },
            { scorecardId: peerCard, kpi: "missing", value: 1, period: "m3" },
          ],
          "import",
        ),
      );
      await expect(attempt).rejects.toMatchObject({
        statusCode: 400,
        issues: [
          { path: "rows.1.value", message: expect.stringContaining("finite") },
          { path: "rows.2.kpi", message: expect.any(String) },
        ],
      });
      expect(await counts()).toEqual(before);
    });
  });
});
