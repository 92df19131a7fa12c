import type { MeasurementSource, NewRow } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { inBatches } from "../../db/in-batches.js";
import { type FieldIssue, forbidden, HttpError, notFound } from "../../http/http-errors.js";
import { listReportingLineIds } from "../access/access.repository.js";
import { callerEmployeeId, PEOPLE_ADMINS } from "../access/access.service.js";
import type { AuthContext } from "../auth/auth-context.js";
import { parseSubPeriods } from "../cycles/cycles.presenter.js";
import { parseSnapshot, type ScorecardSnapshot } from "../scorecards/scorecard-snapshot.js";
import { loadVisibleScorecard } from "../scorecards/scorecards.service.js";
import { recomputeScorecards, scoreOfScorecard } from "../scores/scorecard-recompute.service.js";
import { historyEntryFor } from "./history-entry.js";
import { resolveSlot, slotKey } from "./measurement-slot.rule.js";
import { presentHistoryEntry, presentMeasurement } from "./measurements.presenter.js";
import {
  insertHistory,
  listCurrentSlots,
  listCurrentWithAuthors,
  listHistoryWithAuthors,
  listScorecardsForWrite,
  upsertCurrent,
  type WriteScorecardRow,
} from "./measurements.repository.js";
import type { CreateMeasurementBody, MeasurementList, RecordMeasurementResponse } from "./measurements.schemas.js";
import { mayReport, type ReportingRelation, reporterRule } from "./reporter-permission.rule.js";

type Caller = Pick<AuthContext, "userId" | "organizationId" | "role">;

/** One value to record, as the API and the import pipeline hand it over. */
export interface MeasurementInput {
  scorecardId: string;
  kpi: string;
  value: number;
  /** Sub-period key; optional when `date` is given. */
  period?: string | undefined;
  /** ISO date inside the cycle and the scorecard's validity. */
  date?: string | undefined;
  comment?: string | null | undefined;
}

export type MeasurementOutcome = "created" | "corrected" | "unchanged";

export interface RecordResult {
  /** Per input row, in order. */
  outcomes: { index: number; status: MeasurementOutcome; measurementId: string }[];
  /** Scorecards whose score was recomputed (those with a new or corrected value). */
  recomputed: string[];
}

/** A refused row: the HTTP status it stands for and the field at fault. */
interface RowProblem {
  index: number;
  status: number;
  path: string;
  message: string;
}

const MAX_REPORTED_ISSUES = 100;
const STATUS_CODES: Record<number, string> = {
  400: "validation_error",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
};

/** Caches what every row of a batch needs from the caller's position: 2 queries per call, not per row. */
async function relationResolver(db: Executor, auth: Caller) {
  const own = await callerEmployeeId(db, auth);
  const organizationWide = PEOPLE_ADMINS.includes(auth.role);
  const line =
    !organizationWide && auth.role === "manager" && own !== null
      ? new Set(await listReportingLineIds(db, auth.organizationId, own))
      : new Set<string>();
  return {
    visible: (employeeId: string) => organizationWide || employeeId === own || line.has(employeeId),
    relation: (employeeId: string): ReportingRelation => ({
      role: auth.role,
      isSelf: employeeId === own,
      manages: organizationWide || line.has(employeeId),
    }),
  };
}

/**
 * Validates every row, then writes them all or nothing. Refusals are collected as row problems;
 * `pathOf` names the field in the error (a bare field for one value, rows.N.field for a batch).
 */
async function applyMeasurements(
  db: Executor,
  auth: Caller,
  rows: readonly MeasurementInput[],
  source: MeasurementSource,
  pathOf: (index: number, field: string) => string,
): Promise<RecordResult> {
  const org = auth.organizationId;
  const who = await relationResolver(db, auth);
  const cards = new Map<string, WriteScorecardRow>();
  const ids = [...new Set(rows.map((r) => r.scorecardId))];
  for (const batch of inBatches(ids)) {
    for (const card of await listScorecardsForWrite(db, org, batch)) cards.set(card.id, card);
  }
  const snapshots = new Map<string, ScorecardSnapshot>();
  const snapshotOf = (card: WriteScorecardRow) => {
    let snapshot = snapshots.get(card.id);
    if (!snapshot) {
      snapshot = parseSnapshot(card.snapshot);
      snapshots.set(card.id, snapshot);
    }
    return snapshot;
  };
  const periodsOf = new Map<string, ReturnType<typeof parseSubPeriods>>();

  const problems: RowProblem[] = [];
  type AcceptedRow = {
    index: number;
    row: MeasurementInput;
    card: WriteScorecardRow;
    period: string;
    measuredOn: string;
  };
  const accepted: AcceptedRow[] = [];
  const checkRow = (row: MeasurementInput, index: number): RowProblem | AcceptedRow => {
    const refuse = (status: number, field: string, message: string): RowProblem => ({
      index,
      status,
      path: pathOf(index, field),
      message,
    });
    const card = cards.get(row.scorecardId);
    if (!card || !who.visible(card.employee_id)) return refuse(404, "scorecardId", "Scorecard not found.");
    if (card.cycle_status === "closed") {
      return refuse(
        409,
        "scorecardId",
        `Review cycle "${card.cycle_name}" is closed; its values are history and cannot change.`,
      );
    }
    if (card.cycle_status !== "open") {
      return refuse(
        409,
        "scorecardId",
        `Review cycle "${card.cycle_name}" is not open yet; values can be recorded once it opens.`,
      );
    }
    const snapshot = snapshotOf(card);
    const assignment = snapshot.framework.assignments.find((a) => a.kpi === row.kpi);
    if (!assignment) {
      const keys = snapshot.framework.assignments.map((a) => a.kpi).join(", ") || "(none)";
      return refuse(400, "kpi", `"${row.kpi}" is not on this scorecard; use one of: ${keys}.`);
    }
    const kpi = snapshot.kpis.find((k) => k.key === row.kpi);
    const reporter = kpi?.reporter ?? "manager";
    if (!mayReport(reporter, who.relation(card.employee_id))) {
      return refuse(
        403,
        "kpi",
        `${kpi?.name ?? row.kpi} is reported by its ${reporter}: only ${reporterRule(reporter)} may record it.`,
      );
    }
    if (typeof row.value !== "number" || !Number.isFinite(row.value)) {
      return refuse(400, "value", `must be a finite number (not NaN, Infinity or text); got ${String(row.value)}.`);
    }
    const scale = kpi?.ratingScale;
    if (scale && (row.value < scale.min || row.value > scale.max)) {
      return refuse(
        400,
        "value",
        `${row.value} is outside the rating scale ${scale.min} to ${scale.max} of ${kpi?.name}.`,
      );
    }
    let subPeriods = periodsOf.get(card.cycle_id);
    if (!subPeriods) {
      subPeriods = parseSubPeriods(card.sub_periods);
      periodsOf.set(card.cycle_id, subPeriods);
    }
    const slot = resolveSlot(
      { period: row.period, date: row.date },
      { start: card.cycle_start, end: card.cycle_end, subPeriods },
      { from: card.valid_from, to: card.valid_to },
    );
    if (!slot.ok) return refuse(400, slot.path, `${slot.message}.`);
    return { index, row, card, period: slot.slot.period, measuredOn: slot.slot.measuredOn };
  };
  for (const [index, row] of rows.entries()) {
    const checked = checkRow(row, index);
    if ("status" in checked) problems.push(checked);
    else accepted.push(checked);
  }
  const first = problems[0];
  if (first) {
    const issues: FieldIssue[] = problems
      .slice(0, MAX_REPORTED_ISSUES)
      .map((p) => ({ path: p.path, message: p.message }));
    const where = rows.length > 1 ? `Row ${first.index + 1}: ` : "";
    const message = first.status === 404 ? `${where}${first.message}` : `${where}${first.path}: ${first.message}`;
    throw new HttpError(first.status, STATUS_CODES[first.status] ?? "error", message, issues);
  }

  const existing = new Map<string, NewRow<"measurements">>();
  const touchedCards = [...new Set(accepted.map((a) => a.card.id))];
  const kpis = [...new Set(accepted.map((a) => a.row.kpi))];
  for (const batch of inBatches(touchedCards)) {
    for (const row of await listCurrentSlots(db, org, batch, kpis)) {
      existing.set(slotKey(row.scorecard_id, row.kpi_key, row.period, row.measured_on), {
        ...row,
        value: Number(row.value),
      });
    }
  }
  const now = nowIso();
  const dirty = new Map<string, NewRow<"measurements">>();
  const history: NewRow<"measurement_history">[] = [];
  const outcomes: RecordResult["outcomes"] = [];
  for (const a of accepted) {
    const key = slotKey(a.card.id, a.row.kpi, a.period, a.measuredOn);
    const current = existing.get(key);
    const next: NewRow<"measurements"> = {
      id: current?.id ?? newId(),
      organization_id: org,
      scorecard_id: a.card.id,
      cycle_id: a.card.cycle_id,
      employee_id: a.card.employee_id,
      kpi_key: a.row.kpi,
      period: a.period,
      measured_on: a.measuredOn,
      value: a.row.value,
      source,
      author_id: auth.userId,
      comment: a.row.comment ?? null,
      recorded_at: now,
      created_at: current?.created_at ?? now,
    };
    if (!current) {
      outcomes.push({ index: a.index, status: "created", measurementId: next.id });
    } else if (current.value === a.row.value) {
      // The same value again changes nothing: no history row, no recompute.
      outcomes.push({ index: a.index, status: "unchanged", measurementId: current.id });
      continue;
    } else {
      history.push(historyEntryFor(current, now, auth.userId));
      outcomes.push({ index: a.index, status: "corrected", measurementId: current.id });
    }
    existing.set(key, next);
    dirty.set(key, next);
  }
  const writes = [...dirty.values()];
  // Current values first: history rows reference them.
  for (const batch of inBatches(writes)) await upsertCurrent(db, batch);
  for (const batch of inBatches(history)) await insertHistory(db, batch);
  const recomputed = [...new Set(writes.map((w) => w.scorecard_id))];
  await recomputeScorecards(db, org, recomputed);
  return { outcomes, recomputed };
}

/**
 * Records many values through the same rules as the API (visibility, closed cycles, KPI on the
 * scorecard, who reports it, finite values, dates and periods) for the import pipeline: all or
 * nothing, refusals name `rows.N.field`. Idempotent: a value equal to the slot's current value
 * changes nothing; a different one is a correction that keeps the earlier value in history.
 * Recomputes exactly the scorecards that changed. Call inside a transaction.
 */
export async function recordMeasurements(
  trx: Executor,
  auth: Caller,
  rows: readonly MeasurementInput[],
  source: MeasurementSource,
): Promise<RecordResult> {
  return applyMeasurements(trx, auth, rows, source, (index, field) => `rows.${index}.${field}`);
}

async function slotDetail(db: Executor, organizationId: string, scorecardId: string, measurementId: string) {
  const [current, history] = await Promise.all([
    listCurrentWithAuthors(db, organizationId, scorecardId),
    listHistoryWithAuthors(db, organizationId, scorecardId),
  ]);
  const row = current.find((m) => m.id === measurementId);
  if (!row) throw new Error("measurement vanished inside its own transaction");
  return {
    measurement: presentMeasurement(row),
    history: history.filter((h) => h.measurement_id === measurementId).map(presentHistoryEntry),
  };
}

/** POST /scorecards/:id/measurements: one value, its slot's history and the recomputed score. */
export async function recordMeasurement(
  db: Executor,
  auth: Caller,
  scorecardId: string,
  body: CreateMeasurementBody,
): Promise<RecordMeasurementResponse> {
  const source = body.source ?? "manual";
  if (source === "api" && !PEOPLE_ADMINS.includes(auth.role)) {
    throw forbidden("source: only hr or admin may record values as api; leave source out for manual values.");
  }
  return db.transaction().execute(async (trx) => {
    await loadVisibleScorecard(trx, auth, scorecardId);
    const result = await applyMeasurements(
      trx,
      auth,
      [{ scorecardId, kpi: body.kpi, value: body.value, period: body.period, date: body.date, comment: body.comment }],
      source,
      (_index, field) => field,
    );
    const outcome = result.outcomes[0];
    if (!outcome) throw new Error("a recorded value produced no outcome");
    const detail = await slotDetail(trx, auth.organizationId, scorecardId, outcome.measurementId);
    return { status: outcome.status, ...detail, score: await scoreOfScorecard(trx, auth.organizationId, scorecardId) };
  });
}

/** GET /scorecards/:id/measurements: every slot's current value and its history, and what the caller may report. */
export async function listMeasurements(db: Executor, auth: Caller, scorecardId: string): Promise<MeasurementList> {
  const { row, snapshot } = await loadVisibleScorecard(db, auth, scorecardId);
  const org = auth.organizationId;
  const [current, history, who, cycles] = await Promise.all([
    listCurrentWithAuthors(db, org, scorecardId),
    listHistoryWithAuthors(db, org, scorecardId),
    relationResolver(db, auth),
    listScorecardsForWrite(db, org, [scorecardId]),
  ]);
  const card = cycles[0];
  if (!card) throw notFound("Scorecard");
  const relation = who.relation(row.employee_id);
  const writable = card.cycle_status === "open";
  const historyBySlot = new Map<string, ReturnType<typeof presentHistoryEntry>[]>();
  for (const h of history) {
    historyBySlot.set(h.measurement_id, [...(historyBySlot.get(h.measurement_id) ?? []), presentHistoryEntry(h)]);
  }
  return {
    scorecardId,
    kpis: snapshot.framework.assignments.map((a) => {
      const kpi = snapshot.kpis.find((k) => k.key === a.kpi);
      const reporter = kpi?.reporter ?? "manager";
      return {
        kpi: a.kpi,
        name: kpi?.name ?? a.kpi,
        unit: kpi?.unit ?? null,
        reporter,
        canReport: writable && mayReport(reporter, relation),
      };
    }),
    periods: parseSubPeriods(card.sub_periods).filter((p) => p.end >= row.valid_from && p.start <= row.valid_to),
    items: current.map((m) => ({
      kpi: m.kpi_key,
      period: m.period,
      date: m.measured_on === "" ? null : m.measured_on,
      current: presentMeasurement(m),
      history: historyBySlot.get(m.id) ?? [],
    })),
  };
}
