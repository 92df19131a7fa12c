import type SqliteDatabase from "better-sqlite3";
import type { MeasurementSource, NewRow } from "../../db/database.js";
import { type Executor, isPostgres, newId, nowIso } from "../../db/executor.js";
import { callerEmployeeId, PEOPLE_ADMINS } from "../access/access.service.js";
import type { AuthContext } from "../auth/auth-context.js";
import { parseSnapshot, type ScorecardSnapshot } from "../scorecards/scorecard-snapshot.js";
import { recomputeCycle, recomputeScorecards } from "../scores/scorecard-recompute.service.js";
import { historyEntryFor } from "./history-entry.js";
import { slotKey } from "./measurement-slot.rule.js";
import { insertHistory, upsertCurrent, type WriteScorecardRow } from "./measurements.repository.js";
import {
  countScorecardsByCycle,
  insertHistoryPostgres,
  listScorecardStates,
  listScorecardsForBulkWrite,
  listSlotsForBatch,
  prepareSqliteSlotStatements,
  SnapshotCatalog,
  type SqliteSlotStatements,
  upsertCurrentPostgres,
} from "./measurements-bulk.repository.js";
import { mayReport, reporterRule } from "./reporter-permission.rule.js";

/** Who imports: a signed-in member, or the command line (no user; acts with the role given). */
export type BulkCaller = Pick<AuthContext, "organizationId" | "role"> & { userId: string | null };

/** One value to write, already placed in its slot (the import validation found scorecard and sub-period). */
export interface BulkMeasurement {
  /** The file row, for refusals. */
  row: number;
  scorecardId: string;
  kpi: string;
  /** Sub-period key. */
  period: string;
  /** ISO date, or "" for a value of the whole sub-period. */
  measuredOn: string;
  value: number;
  comment: string | null;
}

/** A value the write rules refuse (closed cycle, KPI not on the scorecard, outside the rating scale...). */
export interface BulkRefusal {
  row: number;
  field: "scorecardId" | "kpi" | "value";
  message: string;
}

export interface BulkTotals {
  created: number;
  corrected: number;
  unchanged: number;
}

export type BulkMode = "write" | "classify" | "check";

/** Statements carry this many rows: 14 columns × 500 stays far below either database's parameter limit. */
const WRITE_CHUNK = 500;

/**
 * A cycle whose scorecards were touched at least this much is recomputed whole, set-based (one
 * statement for its values), rather than scorecard by scorecard.
 */
const CYCLE_RECOMPUTE_SHARE = 0.5;

export interface BulkWriterOptions {
  /**
   * SQLite only: the better-sqlite3 handle of the very connection `db` runs on (inside the same
   * transaction). Writes then go through statements prepared once instead of Kysely batches.
   */
  sqlite?: SqliteDatabase.Database | undefined;
  /**
   * Scorecards already read elsewhere in the same import (by the validation's resolver, or the
   * writer of the check pass: its knownCard). Snapshots are never rewritten, so
   * for these only the rest of the scorecard (and its cycle's status) is read (and locked, on PostgreSQL).
   */
  knownCard?: ((scorecardId: string) => KnownCard | undefined) | undefined;
}

/** What an earlier read of a scorecard in the same import already knows. */
export interface KnownCard {
  cycleId: string;
  snapshot: string;
}

/**
 * The set-based write path for imports: values arrive in batches, each batch costs one query for
 * the slots it may hit and a few multi-row upserts; scorecards are recomputed once, at `finish`.
 * Same rules and outcomes as recordMeasurements (closed cycles refused, the KPI must be on the
 * scorecard, reporters respected, rating scales enforced; an equal value changes nothing, a
 * different one is a correction whose earlier value goes to history). Memory holds only the
 * scorecards seen and the ids of those that changed. Use inside one transaction: the caller
 * decides, after the last batch, whether everything is committed or rolled back.
 */
export class MeasurementBulkWriter {
  private readonly cards = new Map<string, WriteScorecardRow | null>();
  private readonly snapshots = new Map<string, ScorecardSnapshot>();
  private readonly touched = new Set<string>();
  private readonly totals: BulkTotals = { created: 0, corrected: 0, unchanged: 0 };
  private ownEmployeeId: string | null | undefined;
  private statements: SqliteSlotStatements | null = null;
  private readonly catalog = new SnapshotCatalog();

  constructor(
    private readonly db: Executor,
    private readonly auth: BulkCaller,
    private readonly source: MeasurementSource,
    private readonly options: BulkWriterOptions = {},
  ) {}

  /**
   * Checks a batch against the write rules and returns the refusals. Mode `write` (the default)
   * writes the values that pass; `classify` only counts what writing would do (new, corrected,
   * unchanged) for a preview; `check` applies the rules alone.
   */
  async add(batch: readonly BulkMeasurement[], options: { mode?: BulkMode } = {}): Promise<BulkRefusal[]> {
    const mode = options.mode ?? "write";
    const org = this.auth.organizationId;
    await this.loadCards(batch);
    const refusals: BulkRefusal[] = [];
    const accepted: { m: BulkMeasurement; card: WriteScorecardRow }[] = [];
    for (const m of batch) {
      const checked = this.check(m);
      if ("message" in checked) refusals.push(checked);
      else accepted.push({ m, card: checked });
    }
    if (mode === "check" || accepted.length === 0) return refusals;
    if (mode === "write" && this.options.sqlite) {
      this.writeOneByOne(this.options.sqlite, accepted);
      return refusals;
    }

    const cardIds = [...new Set(accepted.map((a) => a.card.id))];
    const kpis = [...new Set(accepted.map((a) => a.m.kpi))];
    const periods = [...new Set(accepted.map((a) => a.m.period))];
    const dates = [...new Set(accepted.map((a) => a.m.measuredOn))];
    const existing = new Map<string, NewRow<"measurements">>();
    for (const row of await listSlotsForBatch(this.db, org, cardIds, kpis, periods, dates)) {
      existing.set(slotKey(row.scorecard_id, row.kpi_key, row.period, row.measured_on), {
        ...row,
        value: Number(row.value),
      });
    }
    const now = nowIso();
    const dirty = new Map<string, NewRow<"measurements">>();
    const history: NewRow<"measurement_history">[] = [];
    for (const { m, card } of accepted) {
      const key = slotKey(card.id, m.kpi, m.period, m.measuredOn);
      const current = existing.get(key);
      if (current && current.value === m.value) {
        this.totals.unchanged += 1;
        continue;
      }
      const next: NewRow<"measurements"> = {
        id: current?.id ?? newId(),
        organization_id: org,
        scorecard_id: card.id,
        cycle_id: card.cycle_id,
        employee_id: card.employee_id,
        kpi_key: m.kpi,
        period: m.period,
        measured_on: m.measuredOn,
        value: m.value,
        source: this.source,
        author_id: this.auth.userId,
        comment: m.comment,
        recorded_at: now,
        created_at: current?.created_at ?? now,
      };
      if (current) {
        this.totals.corrected += 1;
        history.push(historyEntryFor(current, now, this.auth.userId));
      } else {
        this.totals.created += 1;
      }
      existing.set(key, next);
      dirty.set(key, next);
      this.touched.add(card.id);
    }
    if (mode === "classify") return refusals;
    const writes = [...dirty.values()];
    // Current values first: history rows reference them.
    if (isPostgres(this.db)) {
      await upsertCurrentPostgres(this.db, writes);
      await insertHistoryPostgres(this.db, history);
      return refusals;
    }
    for (let i = 0; i < writes.length; i += WRITE_CHUNK) await upsertCurrent(this.db, writes.slice(i, i + WRITE_CHUNK));
    for (let i = 0; i < history.length; i += WRITE_CHUNK) {
      await insertHistory(this.db, history.slice(i, i + WRITE_CHUNK));
    }
    return refusals;
  }

  /**
   * SQLite: each value through prepared statements, no row objects. A new slot is one insert; an
   * existing one (stored before, or earlier in the same file) is looked up and either left alone
   * (same value) or corrected with its earlier value kept in history, as in the batch path.
   */
  private writeOneByOne(
    raw: SqliteDatabase.Database,
    accepted: readonly { m: BulkMeasurement; card: WriteScorecardRow }[],
  ) {
    this.statements ??= prepareSqliteSlotStatements(raw);
    const { insert, find, update, history } = this.statements;
    const org = this.auth.organizationId;
    const author = this.auth.userId;
    const source = this.source;
    const now = nowIso();
    for (const { m, card } of accepted) {
      const created = insert.run(
        newId(),
        org,
        card.id,
        card.cycle_id,
        card.employee_id,
        m.kpi,
        m.period,
        m.measuredOn,
        m.value,
        source,
        author,
        m.comment,
        now,
        now,
      );
      if (created.changes === 1) {
        this.totals.created += 1;
        this.touched.add(card.id);
        continue;
      }
      const current = find.get(org, card.id, m.kpi, m.period, m.measuredOn);
      if (!current) throw new Error(`measurement slot of row ${m.row} neither inserted nor found`);
      if (Number(current.value) === m.value) {
        this.totals.unchanged += 1;
        continue;
      }
      history.run(
        newId(),
        org,
        current.id,
        card.id,
        m.kpi,
        m.period,
        m.measuredOn,
        current.value,
        current.source,
        current.author_id,
        current.comment,
        current.recorded_at,
        now,
        author,
      );
      update.run(m.value, source, author, m.comment, now, current.id);
      this.totals.corrected += 1;
      this.touched.add(card.id);
    }
  }

  /** What the batches so far did (or, classified, would do). */
  counts(): BulkTotals {
    return { ...this.totals };
  }

  /** Recomputes every scorecard that got a new or corrected value, once, and returns the totals. */
  async finish(): Promise<BulkTotals & { recomputed: number }> {
    const org = this.auth.organizationId;
    const byCycle = new Map<string, string[]>();
    for (const id of this.touched) {
      const cycleId = this.cards.get(id)?.cycle_id;
      if (cycleId === undefined) continue;
      const ids = byCycle.get(cycleId) ?? [];
      ids.push(id);
      byCycle.set(cycleId, ids);
    }
    const sizes = await countScorecardsByCycle(this.db, org, [...byCycle.keys()]);
    let recomputed = 0;
    const few: string[] = [];
    for (const [cycleId, ids] of byCycle) {
      // Most of a cycle touched (a monthly file for everyone): one set-based pass over the cycle is
      // cheaper than loading the same scorecards in batches by id.
      if (ids.length >= CYCLE_RECOMPUTE_SHARE * (sizes.get(cycleId) ?? 0) && ids.length > 1) {
        recomputed += await recomputeCycle(this.db, org, cycleId);
      } else {
        few.push(...ids);
      }
    }
    recomputed += await recomputeScorecards(this.db, org, few);
    return { ...this.totals, recomputed };
  }

  private async loadCards(batch: readonly BulkMeasurement[]): Promise<void> {
    if (this.ownEmployeeId === undefined) {
      const userId = this.auth.userId;
      this.ownEmployeeId = userId === null ? null : await callerEmployeeId(this.db, { ...this.auth, userId });
    }
    const missing = [...new Set(batch.map((m) => m.scorecardId))].filter((id) => !this.cards.has(id));
    const org = this.auth.organizationId;
    const knownCard = this.options.knownCard;
    const seen = new Map<string, { id: string; snapshot: string }[]>();
    const unseen: string[] = [];
    for (const id of missing) {
      const card = knownCard?.(id);
      if (!card) {
        unseen.push(id);
        continue;
      }
      const list = seen.get(card.cycleId) ?? [];
      list.push({ id, snapshot: card.snapshot });
      seen.set(card.cycleId, list);
    }
    for (const [cycleId, cards] of seen) {
      for (let i = 0; i < cards.length; i += WRITE_CHUNK) {
        const chunk = new Map(cards.slice(i, i + WRITE_CHUNK).map((c) => [c.id, c.snapshot]));
        for (const id of chunk.keys()) this.cards.set(id, null);
        // Snapshots never change: the one already read is used, everything else is read again.
        for (const state of await listScorecardStates(this.db, org, cycleId, [...chunk.keys()])) {
          const snapshot = chunk.get(state.id);
          if (snapshot !== undefined) this.cards.set(state.id, { ...state, snapshot });
        }
      }
    }
    for (let i = 0; i < unseen.length; i += WRITE_CHUNK) {
      const ids = unseen.slice(i, i + WRITE_CHUNK);
      for (const id of ids) this.cards.set(id, null);
      for (const card of await listScorecardsForBulkWrite(this.db, org, ids, this.catalog)) {
        this.cards.set(card.id, card);
      }
    }
  }

  /** A scorecard this writer has read (its cycle and snapshot), for a later writer's `knownCard`. */
  readonly knownCard = (scorecardId: string): KnownCard | undefined => {
    const card = this.cards.get(scorecardId);
    return card ? { cycleId: card.cycle_id, snapshot: card.snapshot } : undefined;
  };

  private snapshotOf(card: WriteScorecardRow): ScorecardSnapshot {
    let snapshot = this.snapshots.get(card.snapshot);
    if (!snapshot) {
      snapshot = parseSnapshot(card.snapshot);
      this.snapshots.set(card.snapshot, snapshot);
    }
    return snapshot;
  }

  private check(m: BulkMeasurement): BulkRefusal | WriteScorecardRow {
    const refuse = (field: BulkRefusal["field"], message: string): BulkRefusal => ({ row: m.row, field, message });
    const card = this.cards.get(m.scorecardId);
    const organizationWide = PEOPLE_ADMINS.includes(this.auth.role);
    // Imports are for hr and admin; anyone else sees only their own scorecard here and may not import.
    if (!card || (!organizationWide && card.employee_id !== this.ownEmployeeId)) {
      return refuse("scorecardId", "scorecard not found");
    }
    if (card.cycle_status !== "open") {
      return refuse(
        "scorecardId",
        card.cycle_status === "closed"
          ? `review cycle "${card.cycle_name}" is closed; its values are history and cannot change`
          : `review cycle "${card.cycle_name}" is not open yet`,
      );
    }
    if (!Number.isFinite(m.value)) return refuse("value", "must be a finite number");
    const snapshot = this.snapshotOf(card);
    if (!snapshot.framework.assignments.some((a) => a.kpi === m.kpi)) {
      return refuse("kpi", `"${m.kpi}" is not on this scorecard`);
    }
    const kpi = snapshot.kpis.find((k) => k.key === m.kpi);
    const reporter = kpi?.reporter ?? "manager";
    const isSelf = card.employee_id === this.ownEmployeeId;
    const relation = { role: this.auth.role, isSelf, manages: organizationWide };
    if (!mayReport(reporter, relation)) {
      return refuse(
        "kpi",
        `${kpi?.name ?? m.kpi} is reported by its ${reporter}: only ${reporterRule(reporter)} may record it`,
      );
    }
    const scale = kpi?.ratingScale;
    if (scale && (m.value < scale.min || m.value > scale.max)) {
      return refuse("value", `${m.value} is outside the rating scale ${scale.min} to ${scale.max} of ${kpi?.name}`);
    }
    return card;
  }
}
