import { createHash } from "node:crypto";
import type { RatingBand } from "@yardstick/core";
import type { NewRow, Row } from "../../db/database.js";
import { type Executor, nowIso } from "../../db/executor.js";
import { inBatches } from "../../db/in-batches.js";
import { notFound } from "../../http/http-errors.js";
import type { SubPeriod } from "../cycles/cycle-dates.js";
import { parseSubPeriods } from "../cycles/cycles.presenter.js";
import { findCycle } from "../cycles/cycles.repository.js";
import type { AppliedOverride } from "../scorecards/scorecard-items.js";
import type { ScorecardSnapshot } from "../scorecards/scorecard-snapshot.js";
import { loadSnapshots } from "../scorecards/scorecard-snapshot.store.js";
import { toAppliedOverride } from "../scorecards/scorecards.presenter.js";
import { readOrganizationSettings } from "../settings/settings.service.js";
import { computeScorecardResult, type ScoredMeasurement, summarize } from "./scorecard-result.js";
import { explainedResult, presentScore } from "./scores.presenter.js";
import {
  findScoreWithStampInputs,
  listCurrentValues,
  listCycleCardsForScoring,
  listCycleOverrides,
  listCyclePackedValues,
  listOverridesFor,
  listScorecardsForScoring,
  listScoreStamps,
  listScores,
  listValidity,
  overrideStamps,
  upsertScores,
  VALUE_FIELD_SEPARATOR,
  VALUE_RECORD_SEPARATOR,
} from "./scores.repository.js";
import type { ScoreResponse } from "./scores.schemas.js";

/** Bumped when the stored result's shape or the scoring changes, so every cached result is redone. */
const RESULT_FORMAT = "1";

/**
 * Up to this many scorecards are stored with their explanation; larger recomputes (imports, a
 * whole cycle) store only the numbers, and opening a scorecard rebuilds its explanation.
 */
const EXPLAIN_INLINE_LIMIT = 20;

/** Rows per upsert in the cycle-wide path: 10 columns × 2,000 stays under both dialects' parameter limits. */
const CYCLE_UPSERT_BATCH = 2_000;

/** inputsStamp, memoised: in a batch nearly every scorecard has the same inputs, so hash each once. */
function stampMemo(ratingScale: readonly RatingBand[]) {
  const memo = new Map<string, string>();
  return (overrideCount: number, latestOverrideAt: string | null, validFrom: string, validTo: string): string => {
    const key = `${overrideCount}|${latestOverrideAt ?? "-"}|${validFrom}|${validTo}`;
    let stamp = memo.get(key);
    if (stamp === undefined) {
      stamp = inputsStamp({ overrideCount, latestOverrideAt, validFrom, validTo, ratingScale });
      memo.set(key, stamp);
    }
    return stamp;
  };
}

/**
 * Reads the packed values of listCyclePackedValues back into measurements. Scans with indexOf
 * rather than split: this runs for ~2M values in a cycle-wide recompute.
 */
export function unpackValues(packed: string | null): ScoredMeasurement[] {
  if (!packed) return [];
  const out: ScoredMeasurement[] = [];
  let at = 0;
  while (at <= packed.length) {
    let end = packed.indexOf(VALUE_RECORD_SEPARATOR, at);
    if (end < 0) end = packed.length;
    const f1 = packed.indexOf(VALUE_FIELD_SEPARATOR, at);
    const f2 = packed.indexOf(VALUE_FIELD_SEPARATOR, f1 + 1);
    const f3 = packed.indexOf(VALUE_FIELD_SEPARATOR, f2 + 1);
    if (f1 < 0 || f3 < 0 || f3 > end) throw new Error(`unreadable packed value near position ${at}`);
    out.push({
      kpi: packed.slice(at, f1),
      period: packed.slice(f1 + 1, f2),
      measuredOn: f3 === f2 + 1 ? "" : packed.slice(f2 + 1, f3),
      value: Number(packed.slice(f3 + 1, end)),
    });
    at = end + 1;
  }
  return out;
}

/**
 * Fingerprint of a scorecard's inputs other than measurements: its overrides, validity and the
 * organization's rating scale. Measurement writes recompute directly; these change elsewhere, so
 * reads compare stamps and recompute what is stale.
 */
export function inputsStamp(input: {
  overrideCount: number;
  latestOverrideAt: string | null;
  validFrom: string;
  validTo: string;
  ratingScale: readonly RatingBand[];
}): string {
  return createHash("sha1")
    .update(
      [
        RESULT_FORMAT,
        input.overrideCount,
        input.latestOverrideAt ?? "-",
        input.validFrom,
        input.validTo,
        JSON.stringify(input.ratingScale),
      ].join("|"),
    )
    .digest("hex");
}

async function expectedStamps(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
  ratingScale: readonly RatingBand[],
): Promise<Map<string, string>> {
  const [validity, overrides] = await Promise.all([
    listValidity(db, organizationId, ids),
    overrideStamps(db, organizationId, ids),
  ]);
  const byCard = new Map(overrides.map((o) => [o.scorecard_id, o]));
  return new Map(
    validity.map((v) => {
      const o = byCard.get(v.id);
      return [
        v.id,
        inputsStamp({
          overrideCount: Number(o?.count ?? 0),
          latestOverrideAt: (o?.latest as string | null | undefined) ?? null,
          validFrom: v.valid_from,
          validTo: v.valid_to,
          ratingScale,
        }),
      ];
    }),
  );
}

/**
 * Recomputes and stores the results of exactly these scorecards. Set-based: per batch of
 * scorecards one query each for the scorecards, their overrides and their measurements, and one
 * upsert. Run it inside the transaction that changed an input, so the result never lags the data.
 * Small sets are stored explained; large ones (or `explain: false`) store only the numbers, and
 * scoreOfScorecard rebuilds the explanation of the one scorecard someone opens.
 * Returns how many scorecards were scored.
 */
export async function recomputeScorecards(
  db: Executor,
  organizationId: string,
  scorecardIds: readonly string[],
  options: { ratingScale?: readonly RatingBand[]; explain?: boolean } = {},
): Promise<number> {
  const unique = [...new Set(scorecardIds)];
  if (unique.length === 0) return 0;
  const explain = options.explain ?? unique.length <= EXPLAIN_INLINE_LIMIT;
  const ratingScale = options.ratingScale ?? (await readOrganizationSettings(db, organizationId)).ratingScale;
  const stampOf = stampMemo(ratingScale);
  // Many scorecards share one snapshot and one cycle: load and parse each once.
  const snapshots = new Map<string, ScorecardSnapshot>();
  const subPeriods = new Map<string, SubPeriod[]>();
  let scored = 0;
  for (const ids of inBatches(unique)) {
    const [cards, overrideRows, values] = await Promise.all([
      listScorecardsForScoring(db, organizationId, ids),
      listOverridesFor(db, organizationId, ids),
      listCurrentValues(db, organizationId, ids),
    ]);
    const overrides = new Map<string, AppliedOverride[]>();
    const latest = new Map<string, string>();
    for (const row of overrideRows) {
      const list = overrides.get(row.scorecard_id) ?? [];
      list.push(toAppliedOverride({ ...row, created_by_name: null }));
      overrides.set(row.scorecard_id, list);
      latest.set(row.scorecard_id, row.created_at);
    }
    const measurements = new Map<string, ScoredMeasurement[]>();
    for (const v of values) {
      const list = measurements.get(v.scorecard_id) ?? [];
      list.push({ kpi: v.kpi_key, period: v.period, measuredOn: v.measured_on, value: Number(v.value) });
      measurements.set(v.scorecard_id, list);
    }
    const unseen = cards.flatMap((c) =>
      c.snapshot_id !== null && !snapshots.has(c.snapshot_id) ? [c.snapshot_id] : [],
    );
    for (const [id, snapshot] of await loadSnapshots(db, organizationId, unseen)) snapshots.set(id, snapshot);
    const computedAt = nowIso();
    const rows: NewRow<"scorecard_scores">[] = cards.map((card) => {
      const snapshot = card.snapshot_id === null ? undefined : snapshots.get(card.snapshot_id);
      if (!snapshot) throw new Error(`scorecard ${card.id} has no stored snapshot`);
      let periods = subPeriods.get(card.cycle_id);
      if (!periods) {
        periods = parseSubPeriods(card.sub_periods);
        subPeriods.set(card.cycle_id, periods);
      }
      const cardOverrides = overrides.get(card.id) ?? [];
      const result = computeScorecardResult(
        {
          snapshot,
          overrides: cardOverrides,
          subPeriods: periods,
          measurements: measurements.get(card.id) ?? [],
          ratingScale,
        },
        { explain },
      );
      return {
        scorecard_id: card.id,
        organization_id: organizationId,
        cycle_id: card.cycle_id,
        employee_id: card.employee_id,
        overall: result.overall,
        rating_value: result.rating?.value ?? null,
        rating_label: result.rating?.label ?? null,
        result: JSON.stringify(explain ? result : summarize(result)),
        inputs_stamp: stampOf(cardOverrides.length, latest.get(card.id) ?? null, card.valid_from, card.valid_to),
        computed_at: computedAt,
      };
    });
    await upsertScores(db, rows);
    scored += rows.length;
  }
  return scored;
}

/**
 * Recomputes every scorecard of a cycle (after a bulk import, a scale change, or for a benchmark)
 * and stores the numbers only. Set-based: one statement loads the scorecards (snapshots shared by
 * a framework version cross over once), one the values packed per scorecard, one the overrides,
 * the engine scores without formatting any text, and results are upserted in large batches.
 * Run it in a transaction. Returns how many scorecards were scored.
 */
export async function recomputeCycle(db: Executor, organizationId: string, cycleId: string): Promise<number> {
  const [{ ratingScale }, cycle, cards, overrideRows, packedRows] = await Promise.all([
    readOrganizationSettings(db, organizationId),
    findCycle(db, organizationId, cycleId),
    listCycleCardsForScoring(db, organizationId, cycleId),
    listCycleOverrides(db, organizationId, cycleId),
    listCyclePackedValues(db, organizationId, cycleId),
  ]);
  if (!cycle || cards.length === 0) return 0;
  const packed = new Map(packedRows.map((r) => [r.scorecard_id, r.packed]));
  const subPeriods = parseSubPeriods(cycle.sub_periods);
  const periodEnds = new Map(subPeriods.map((p) => [p.key, p.end]));
  // The cycle's few distinct snapshots, each read and parsed once.
  const snapshots = await loadSnapshots(
    db,
    organizationId,
    new Set(cards.flatMap((c) => (c.snapshot_id === null ? [] : [c.snapshot_id]))),
  );
  const overrides = new Map<string, AppliedOverride[]>();
  const latest = new Map<string, string>();
  for (const row of overrideRows) {
    const list = overrides.get(row.scorecard_id) ?? [];
    list.push(toAppliedOverride({ ...row, created_by_name: null }));
    overrides.set(row.scorecard_id, list);
    latest.set(row.scorecard_id, row.created_at);
  }
  const stampOf = stampMemo(ratingScale);
  const computedAt = nowIso();
  const none: AppliedOverride[] = [];
  let rows: NewRow<"scorecard_scores">[] = [];
  for (const card of cards) {
    const snapshot = card.snapshot_id === null ? undefined : snapshots.get(card.snapshot_id);
    if (!snapshot) throw new Error(`scorecard ${card.id} has no stored snapshot`);
    const cardOverrides = overrides.get(card.id) ?? none;
    const result = computeScorecardResult(
      {
        snapshot,
        overrides: cardOverrides,
        subPeriods,
        periodEnds,
        measurements: unpackValues(packed.get(card.id) ?? null),
        ratingScale,
      },
      { explain: false },
    );
    rows.push({
      scorecard_id: card.id,
      organization_id: organizationId,
      cycle_id: cycleId,
      employee_id: card.employee_id,
      overall: result.overall,
      rating_value: result.rating?.value ?? null,
      rating_label: result.rating?.label ?? null,
      result: JSON.stringify(summarize(result)),
      inputs_stamp: stampOf(cardOverrides.length, latest.get(card.id) ?? null, card.valid_from, card.valid_to),
      computed_at: computedAt,
    });
    if (rows.length === CYCLE_UPSERT_BATCH) {
      await upsertScores(db, rows);
      rows = [];
    }
  }
  await upsertScores(db, rows);
  return cards.length;
}

/**
 * Makes sure the cached results of these scorecards match their current inputs: scores
 * never computed, or computed before an override, a validity change or a rating-scale change,
 * are recomputed (only those). Returns the ids that were recomputed.
 */
export async function ensureFreshScores(
  db: Executor,
  organizationId: string,
  scorecardIds: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(scorecardIds)];
  if (unique.length === 0) return [];
  const { ratingScale } = await readOrganizationSettings(db, organizationId);
  const stale: string[] = [];
  for (const ids of inBatches(unique)) {
    const [expected, stored] = await Promise.all([
      expectedStamps(db, organizationId, ids, ratingScale),
      listScoreStamps(db, organizationId, ids),
    ]);
    const storedById = new Map(stored.map((s) => [s.scorecard_id, s.inputs_stamp]));
    for (const [id, stamp] of expected) if (storedById.get(id) !== stamp) stale.push(id);
  }
  if (stale.length > 0) await recomputeScorecards(db, organizationId, stale, { ratingScale });
  return stale;
}

/**
 * The current score of one scorecard, freshened first (no access check: callers have loaded the
 * scorecard for a caller who may see it). Used by the score, measurement and scorecard endpoints.
 */
export async function scoreOfScorecard(
  db: Executor,
  organizationId: string,
  scorecardId: string,
): Promise<ScoreResponse> {
  // Fast path: the stored result is fresh and explained, checked in one statement.
  const [{ ratingScale }, current] = await Promise.all([
    readOrganizationSettings(db, organizationId),
    findScoreWithStampInputs(db, organizationId, scorecardId),
  ]);
  if (!current) throw notFound("Scorecard");
  if (current.scorecard_id !== null && current.result !== null && current.inputs_stamp !== null) {
    const expected = inputsStamp({
      overrideCount: Number(current.override_count ?? 0),
      latestOverrideAt: (current.latest_override_at as string | null | undefined) ?? null,
      validFrom: current.valid_from,
      validTo: current.valid_to,
      ratingScale,
    });
    if (expected === current.inputs_stamp) {
      const row = current as typeof current & Row<"scorecard_scores">;
      const result = explainedResult(row);
      if (result) return presentScore(row, result);
    }
  }
  await ensureFreshScores(db, organizationId, [scorecardId]);
  let row = (await listScores(db, organizationId, [scorecardId]))[0];
  if (!row) throw notFound("Scorecard");
  let result = explainedResult(row);
  if (!result) {
    // Stored by a batch as numbers only: rebuild this one's explanation (and keep it).
    await recomputeScorecards(db, organizationId, [scorecardId], { explain: true });
    row = (await listScores(db, organizationId, [scorecardId]))[0];
    result = row ? explainedResult(row) : null;
    if (!row || !result) throw notFound("Scorecard");
  }
  return presentScore(row, result);
}
