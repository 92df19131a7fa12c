import { createHash } from "node:crypto";
import type { RatingBand } from "@yardstick/core";
import type { NewRow } from "../../db/database.js";
import { type Executor, nowIso } from "../../db/executor.js";
import { notFound } from "../../http/http-errors.js";
import type { SubPeriod } from "../cycles/cycle-dates.js";
import { parseSubPeriods } from "../cycles/cycles.presenter.js";
import type { AppliedOverride } from "../scorecards/scorecard-items.js";
import { parseSnapshot, type ScorecardSnapshot } from "../scorecards/scorecard-snapshot.js";
import { toAppliedOverride } from "../scorecards/scorecards.presenter.js";
import { readOrganizationSettings } from "../settings/settings.service.js";
import { computeScorecardResult, type ScoredMeasurement } from "./scorecard-result.js";
import { presentScore } from "./scores.presenter.js";
import {
  BATCH_SIZE,
  listCurrentValues,
  listCycleScorecardIds,
  listOverridesFor,
  listScorecardsForScoring,
  listScoreStamps,
  listScores,
  listValidity,
  overrideStamps,
  upsertScores,
} from "./scores.repository.js";
import type { ScoreResponse } from "./scores.schemas.js";

/** Bumped when the stored result's shape or the scoring changes, so every cached result is redone. */
const RESULT_FORMAT = "1";

function chunks<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
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
 * Returns how many scorecards were scored.
 */
export async function recomputeScorecards(
  db: Executor,
  organizationId: string,
  scorecardIds: readonly string[],
  options: { ratingScale?: readonly RatingBand[] } = {},
): Promise<number> {
  const unique = [...new Set(scorecardIds)];
  if (unique.length === 0) return 0;
  const ratingScale = options.ratingScale ?? (await readOrganizationSettings(db, organizationId)).ratingScale;
  // Many scorecards share one snapshot text and one cycle: parse each once.
  const snapshots = new Map<string, ScorecardSnapshot>();
  const subPeriods = new Map<string, SubPeriod[]>();
  let scored = 0;
  for (const ids of chunks(unique)) {
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
    const computedAt = nowIso();
    const rows: NewRow<"scorecard_scores">[] = cards.map((card) => {
      let snapshot = snapshots.get(card.snapshot);
      if (!snapshot) {
        snapshot = parseSnapshot(card.snapshot);
        snapshots.set(card.snapshot, snapshot);
      }
      let periods = subPeriods.get(card.cycle_id);
      if (!periods) {
        periods = parseSubPeriods(card.sub_periods);
        subPeriods.set(card.cycle_id, periods);
      }
      const cardOverrides = overrides.get(card.id) ?? [];
      const result = computeScorecardResult({
        snapshot,
        overrides: cardOverrides,
        subPeriods: periods,
        measurements: measurements.get(card.id) ?? [],
        ratingScale,
      });
      return {
        scorecard_id: card.id,
        organization_id: organizationId,
        cycle_id: card.cycle_id,
        employee_id: card.employee_id,
        overall: result.overall,
        rating_value: result.rating?.value ?? null,
        rating_label: result.rating?.label ?? null,
        result: JSON.stringify(result),
        inputs_stamp: inputsStamp({
          overrideCount: cardOverrides.length,
          latestOverrideAt: latest.get(card.id) ?? null,
          validFrom: card.valid_from,
          validTo: card.valid_to,
          ratingScale,
        }),
        computed_at: computedAt,
      };
    });
    await upsertScores(db, rows);
    scored += rows.length;
  }
  return scored;
}

/** Recomputes every scorecard of a cycle (after a bulk import, a scale change, or for a benchmark). */
export async function recomputeCycle(db: Executor, organizationId: string, cycleId: string): Promise<number> {
  const ids = await listCycleScorecardIds(db, organizationId, cycleId);
  return recomputeScorecards(db, organizationId, ids);
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
  for (const ids of chunks(unique)) {
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
  await ensureFreshScores(db, organizationId, [scorecardId]);
  const row = (await listScores(db, organizationId, [scorecardId]))[0];
  if (!row) throw notFound("Scorecard");
  return presentScore(row);
}
