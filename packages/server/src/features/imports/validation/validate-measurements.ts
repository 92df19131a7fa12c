import type { MeasurementMapping } from "../mapping/column-mapping.schema.js";
import { normaliseLabel } from "../mapping/header-match.js";
import type { TableRow } from "../reading/table.types.js";
import { locateInCycle } from "./cycle-locate.js";
import { columnIndex, InvalidMappingError } from "./invalid-mapping.error.js";
import type {
  MeasurementResolver,
  ResolverCycle,
  ResolverEmployee,
  ResolverKpi,
  ResolverScorecard,
} from "./measurement-resolver.js";
import { type DecimalStyle, parseNumberCell } from "./number-cell.parse.js";
import { type PeriodValue, parsePeriodCell } from "./period-label.parse.js";
import { quoted, type RowProblem, rowProblem } from "./row-problem.js";

/** One value ready to be written: everything resolved to ids, nothing written yet. */
export interface MeasurementRecord {
  type: "record";
  row: number;
  employeeId: string;
  kpiId: string;
  kpiKey: string;
  cycleId: string;
  subPeriodKey: string;
  scorecardId: string;
  /** The measurement date: the date given, or the start of the sub-period a label names. */
  date: string;
  /** The slot's date as measurements store it: the date given, or "" when a label names the whole sub-period. */
  measuredOn: string;
  value: number;
  comment: string | null;
}

export interface ValidationProgress {
  rows: number;
  records: number;
  problems: number;
}

export interface MeasurementValidationOptions {
  /** How "1,234" reads when the mapping says "auto" (see decimalStyleFor). */
  decimalStyle: DecimalStyle;
  onProgress?: (progress: ValidationProgress) => void;
  /** Rows looked up together (default 500). */
  batchSize?: number;
}

/** One value to check: a long row has one, a wide row one per filled KPI column. */
interface Cell {
  kpiIndex: number | null;
  kpiKey: string | null;
  valueIndex: number;
  commentIndex: number | null;
}

interface Plan {
  employee: number;
  period: number | null;
  rowComment: number | null;
  cells: Cell[];
  long: boolean;
}

function plan(headers: readonly string[], mapping: MeasurementMapping, kpisByKey: Map<string, ResolverKpi>): Plan {
  const optional = (column: string | undefined) => (column === undefined ? null : columnIndex(headers, column));
  const base = {
    employee: columnIndex(headers, mapping.employeeColumn),
    period: optional(mapping.periodColumn),
  };
  if (mapping.shape === "long") {
    return {
      ...base,
      long: true,
      rowComment: null,
      cells: [
        {
          kpiIndex: columnIndex(headers, mapping.kpiColumn),
          kpiKey: null,
          valueIndex: columnIndex(headers, mapping.valueColumn),
          commentIndex: optional(mapping.commentColumn),
        },
      ],
    };
  }
  return {
    ...base,
    long: false,
    rowComment: optional(mapping.commentColumn),
    cells: mapping.kpiColumns.map((k) => {
      if (!kpisByKey.has(k.kpiKey.toLowerCase())) {
        throw new InvalidMappingError(
          `The mapping assigns the column '${k.column}' to the KPI '${k.kpiKey}', which does not exist.`,
        );
      }
      return {
        kpiIndex: null,
        kpiKey: k.kpiKey,
        valueIndex: columnIndex(headers, k.column),
        commentIndex: optional(k.commentColumn),
      };
    }),
  };
}

/** Interns strings to small numbers so the duplicate check keys on numbers, not long strings. */
class Interner {
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * Checks mapped measurement rows against the organization without writing anything, yielding a
 * record for every importable value and a problem for everything else (unknown employee or KPI,
 * not a number, a date outside any cycle or in a closed one, a KPI not on the person's scorecard,
 * the same employee × KPI × period twice in the file). Rows stream through in batches; memory
 * grows only with the distinct employees and the duplicate index (a few numbers per value).
 */
export async function* validateMeasurementRows(
  rows: AsyncIterable<TableRow>,
  headers: readonly string[],
  mapping: MeasurementMapping,
  resolver: MeasurementResolver,
  options: MeasurementValidationOptions,
): AsyncGenerator<MeasurementRecord | RowProblem> {
  const kpis = await resolver.listKpis();
  const kpisByKey = new Map(kpis.map((k) => [k.key.toLowerCase(), k]));
  const kpisByName = new Map(kpis.map((k) => [normaliseLabel(k.name), k]));
  const cycles: readonly ResolverCycle[] = await resolver.listCycles();
  const layout = plan(headers, mapping, kpisByKey);
  const decimalStyle: DecimalStyle = mapping.numberFormat === "auto" ? options.decimalStyle : mapping.numberFormat;
  const employeeHeader = mapping.employeeColumn;
  const periodHeader = mapping.periodColumn ?? "period";
  const fixedPeriod =
    mapping.fixedPeriod === undefined ? null : parsePeriodCell(mapping.fixedPeriod, mapping.dateOrder);
  if (fixedPeriod && !fixedPeriod.ok) {
    throw new InvalidMappingError(
      `The period '${mapping.fixedPeriod}' chosen for the whole file is not a date or period.`,
    );
  }

  const employeesByNumber = new Map<string, ResolverEmployee | null>();
  const employeesByEmail = new Map<string, ResolverEmployee | null>();
  const scorecards = new Map<string, ResolverScorecard[]>();
  const seen = new Map<string, number>();
  const interner = new Interner();
  const progress: ValidationProgress = { rows: 0, records: 0, problems: 0 };
  const batchSize = options.batchSize ?? 500;

  const employeeKey = (text: string): { by: "number" | "email"; key: string } => {
    const value = text.trim();
    const byEmail = mapping.employeeMatch === "email" || (mapping.employeeMatch === "auto" && value.includes("@"));
    return { by: byEmail ? "email" : "number", key: value.toLowerCase() };
  };
  const employeeOf = (text: string): ResolverEmployee | null | undefined => {
    const { by, key } = employeeKey(text);
    return (by === "email" ? employeesByEmail : employeesByNumber).get(key);
  };

  async function lookUp(batch: TableRow[]): Promise<void> {
    const numbers = new Set<string>();
    const emails = new Set<string>();
    for (const row of batch) {
      const raw = row.cells[layout.employee]!.trim();
      if (raw === "") continue;
      const { by, key } = employeeKey(raw);
      const cache = by === "email" ? employeesByEmail : employeesByNumber;
      if (!cache.has(key)) (by === "email" ? emails : numbers).add(raw);
    }
    if (numbers.size === 0 && emails.size === 0) return;
    const found = await resolver.findEmployees({ employeeNumbers: [...numbers], emails: [...emails] });
    for (const n of numbers) employeesByNumber.set(n.toLowerCase(), null);
    for (const e of emails) employeesByEmail.set(e.toLowerCase(), null);
    for (const employee of found) {
      employeesByNumber.set(employee.employeeNumber.toLowerCase(), employee);
      if (employee.email) employeesByEmail.set(employee.email.toLowerCase(), employee);
    }
  }

  async function lookUpScorecards(pairs: Map<string, { employeeId: string; cycleId: string }>): Promise<void> {
    const missing = [...pairs.entries()].filter(([key]) => !scorecards.has(key));
    if (missing.length === 0) return;
    const employeeIds = [...new Set(missing.map(([, p]) => p.employeeId))];
    const cycleIds = [...new Set(missing.map(([, p]) => p.cycleId))];
    for (const [key] of missing) scorecards.set(key, []);
    for (const card of await resolver.findScorecards({ employeeIds, cycleIds })) {
      scorecards.get(`${card.employeeId}|${card.cycleId}`)?.push(card);
    }
  }

  function periodOf(row: TableRow): { period: PeriodValue } | { problem: RowProblem } {
    if (fixedPeriod?.ok) return { period: fixedPeriod.period };
    const raw = row.cells[layout.period!]!;
    if (raw.trim() === "") {
      return { problem: rowProblem(row.rowNumber, periodHeader, "missing-value", "the date or period is empty") };
    }
    const parsed = parsePeriodCell(raw, mapping.dateOrder);
    if (parsed.ok) return { period: parsed.period };
    if (parsed.ambiguous) {
      return {
        problem: rowProblem(
          row.rowNumber,
          periodHeader,
          "ambiguous-date",
          `${quoted(raw)} could be day/month or month/day; choose the date order for this file`,
          raw,
        ),
      };
    }
    return {
      problem: rowProblem(
        row.rowNumber,
        periodHeader,
        "invalid-period",
        `${quoted(raw)} is not a date or period (use e.g. 2026-03-31, 2026-03 or Mar 2026)`,
        raw,
      ),
    };
  }

  function* check(row: TableRow): Generator<MeasurementRecord | RowProblem> {
    const employeeText = row.cells[layout.employee]!;
    const employee = employeeText.trim() === "" ? undefined : employeeOf(employeeText);
    const rowProblems: RowProblem[] = [];
    if (employeeText.trim() === "") {
      rowProblems.push(rowProblem(row.rowNumber, employeeHeader, "missing-value", "the employee is empty"));
    } else if (!employee) {
      rowProblems.push(
        rowProblem(
          row.rowNumber,
          employeeHeader,
          "unknown-employee",
          `${quoted(employeeText)} is not a known employee ${employeeKey(employeeText).by === "email" ? "email" : "number"}`,
          employeeText,
        ),
      );
    }
    const period = periodOf(row);
    if ("problem" in period) rowProblems.push(period.problem);
    yield* rowProblems;

    for (const cell of layout.cells) {
      const valueText = row.cells[cell.valueIndex]!;
      const valueHeader = headers[cell.valueIndex]!;
      if (valueText.trim() === "") {
        // A wide file leaves a KPI blank when there is no value for it; a long row exists only to carry one.
        if (layout.long) yield rowProblem(row.rowNumber, valueHeader, "missing-value", "the value is empty");
        continue;
      }
      let kpi: ResolverKpi | undefined;
      if (cell.kpiIndex !== null) {
        const kpiText = row.cells[cell.kpiIndex]!;
        kpi = kpisByKey.get(kpiText.trim().toLowerCase()) ?? kpisByName.get(normaliseLabel(kpiText));
        if (!kpi) {
          yield rowProblem(
            row.rowNumber,
            headers[cell.kpiIndex]!,
            "unknown-kpi",
            `${quoted(kpiText)} is not the key or name of a KPI`,
            kpiText,
          );
        }
      } else {
        kpi = kpisByKey.get(cell.kpiKey!.toLowerCase());
      }
      const parsed = parseNumberCell(valueText, decimalStyle);
      if (!parsed.ok) {
        yield rowProblem(row.rowNumber, valueHeader, "not-a-number", `${quoted(valueText)} is not a number`, valueText);
      }
      if (!employee || "problem" in period || !kpi || !parsed.ok) continue;

      const location = locateInCycle(cycles, period.period);
      const periodText = fixedPeriod ? mapping.fixedPeriod! : row.cells[layout.period!]!;
      if (!location.ok) {
        yield rowProblem(
          row.rowNumber,
          periodHeader,
          location.code,
          `${quoted(periodText)} ${location.detail}`,
          periodText,
        );
        continue;
      }
      const cards = scorecards.get(`${employee.id}|${location.cycle.id}`) ?? [];
      const spanEnd = period.period.kind === "date" ? period.period.date : location.subPeriod.end;
      // The scorecard in force at the value's date; for a label, the latest one overlapping its sub-period.
      const card = cards
        .filter((c) => c.validFrom <= spanEnd && location.date <= c.validTo)
        .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
      if (!card) {
        yield rowProblem(
          row.rowNumber,
          employeeHeader,
          "no-scorecard",
          `${employee.name} has no scorecard in cycle '${location.cycle.name}' for ${location.subPeriod.label}`,
          employeeText,
        );
        continue;
      }
      if (!card.kpiKeys.some((k) => k.toLowerCase() === kpi.key.toLowerCase())) {
        yield rowProblem(
          row.rowNumber,
          cell.kpiIndex === null ? valueHeader : headers[cell.kpiIndex]!,
          "kpi-not-on-scorecard",
          `KPI '${kpi.name}' is not on ${employee.name}'s scorecard in cycle '${location.cycle.name}'`,
        );
        continue;
      }
      const periodKey = period.period.kind === "date" ? period.period.date : `~${location.subPeriod.key}`;
      const key = `${interner.id(employee.id)}|${interner.id(kpi.id)}|${interner.id(`${location.cycle.id}${periodKey}`)}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        yield rowProblem(
          row.rowNumber,
          valueHeader,
          "duplicate-in-file",
          `${kpi.name} for ${employee.name} in ${period.period.kind === "date" ? period.period.date : location.subPeriod.label} is already on row ${earlier}`,
          valueText,
        );
        continue;
      }
      seen.set(key, row.rowNumber);
      const commentIndex = cell.commentIndex ?? layout.rowComment;
      const comment = commentIndex === null ? "" : row.cells[commentIndex]!.trim();
      yield {
        type: "record",
        row: row.rowNumber,
        employeeId: employee.id,
        kpiId: kpi.id,
        kpiKey: kpi.key,
        cycleId: location.cycle.id,
        subPeriodKey: location.subPeriod.key,
        scorecardId: card.id,
        date: location.date,
        measuredOn: period.period.kind === "date" ? period.period.date : "",
        value: parsed.value,
        comment: comment === "" ? null : comment,
      };
    }
  }

  async function* flush(batch: TableRow[]): AsyncGenerator<MeasurementRecord | RowProblem> {
    await lookUp(batch);
    const pairs = new Map<string, { employeeId: string; cycleId: string }>();
    for (const row of batch) {
      const employee = employeeOf(row.cells[layout.employee]!);
      const period = employee ? periodOf(row) : null;
      if (!employee || !period || "problem" in period) continue;
      const location = locateInCycle(cycles, period.period);
      if (location.ok)
        pairs.set(`${employee.id}|${location.cycle.id}`, { employeeId: employee.id, cycleId: location.cycle.id });
    }
    await lookUpScorecards(pairs);
    for (const row of batch) {
      progress.rows += 1;
      for (const result of check(row)) {
        if (result.type === "record") progress.records += 1;
        else progress.problems += 1;
        yield result;
      }
    }
    options.onProgress?.({ ...progress });
  }

  let batch: TableRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= batchSize) {
      yield* flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield* flush(batch);
}
