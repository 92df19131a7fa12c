import type {
  ColumnMapping,
  EmployeeMatch,
  LongMeasurementMapping,
  PeopleMapping,
  WideKpiColumn,
  WideMeasurementMapping,
} from "./column-mapping.schema.js";
import { labelSimilarity, normaliseLabel } from "./header-match.js";
import {
  COMMENT_WORDS,
  MEASUREMENT_FIELD_SYNONYMS,
  PEOPLE_FIELD_SYNONYMS,
  type PeopleField,
  type Synonym,
} from "./header-synonyms.js";

/** A KPI of the organization, as the suggestion needs it. */
export interface KpiLabel {
  key: string;
  name: string;
}

export interface SuggestionContext {
  kpis: readonly KpiLabel[];
  kind: "measurements" | "people";
}

export type SuggestedField =
  | "employee"
  | "period"
  | "kpi"
  | "value"
  | "comment"
  | "kpi-value"
  | "kpi-comment"
  | `person.${PeopleField}`;

/** What one column is believed to hold, how sure that is (0..1) and why, for the mapping screen. */
export interface ColumnSuggestion {
  column: string;
  field: SuggestedField;
  /** For kpi-value and kpi-comment: the KPI the column belongs to. */
  kpiKey?: string;
  /** For employee: whether the column holds employee numbers or emails. */
  employeeMatch?: EmployeeMatch;
  confidence: number;
  reason: string;
}

export interface MappingSuggestion {
  kind: "measurements" | "people";
  /** Measurements: the shape recognised, or null when neither a KPI column nor KPI-named columns were found. */
  shape: "long" | "wide" | null;
  /** A complete mapping when every required field was found; null otherwise (see `missing`). */
  mapping: ColumnMapping | null;
  columns: ColumnSuggestion[];
  /** Headers no field was suggested for. */
  unmapped: string[];
  /** What could not be found, in words for the mapping screen. */
  missing: string[];
}

/** Below this a guess is not shown as a suggestion. */
const MIN_CONFIDENCE = 0.6;

interface Candidate extends ColumnSuggestion {
  /** Which single slot this candidate fills; two candidates for one slot compete. */
  slot: string;
}

function bestSynonym(header: string, synonyms: readonly Synonym[]): { score: number; label: string } {
  let best = { score: 0, label: "" };
  for (const [label, weight] of synonyms) {
    const score = labelSimilarity(header, label) * weight;
    if (score > best.score) best = { score, label };
  }
  return best;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function kpiMatch(header: string, kpis: readonly KpiLabel[]): { kpi: KpiLabel; score: number; by: string } | null {
  let best: { kpi: KpiLabel; score: number; by: string } | null = null;
  for (const kpi of kpis) {
    const byName = labelSimilarity(header, kpi.name);
    const byKey = labelSimilarity(header, kpi.key);
    const score = Math.max(byName, byKey);
    if (score > (best?.score ?? 0)) best = { kpi, score, by: byName >= byKey ? "name" : "key" };
  }
  return best;
}

/** "Revenue remarks" → "Revenue"; null when the header has no comment word or nothing else. */
function withoutCommentWord(header: string): string | null {
  const words = normaliseLabel(header).split(" ");
  const rest = words.filter((w) => !COMMENT_WORDS.includes(w) && w !== "on" && w !== "for");
  if (rest.length === words.length || rest.length === 0) return null;
  return rest.join(" ");
}

function measurementCandidates(header: string, kpis: readonly KpiLabel[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (c: Candidate) => {
    if (c.confidence >= MIN_CONFIDENCE) out.push({ ...c, confidence: round(c.confidence) });
  };
  const number = bestSynonym(header, MEASUREMENT_FIELD_SYNONYMS.employeeNumber);
  const emailMatch = bestSynonym(header, MEASUREMENT_FIELD_SYNONYMS.email);
  // When a file has both, the employee number wins: it does not change when someone changes name or domain.
  const email = { ...emailMatch, score: emailMatch.score * 0.99 };
  const asEmail = email.score > number.score;
  const employee = asEmail ? email : number;
  push({
    column: header,
    slot: "employee",
    field: "employee",
    employeeMatch: asEmail ? "email" : "employeeNumber",
    confidence: employee.score,
    reason: `header looks like "${employee.label}"`,
  });
  for (const field of ["period", "kpi", "value", "comment"] as const) {
    const match = bestSynonym(header, MEASUREMENT_FIELD_SYNONYMS[field]);
    push({ column: header, slot: field, field, confidence: match.score, reason: `header looks like "${match.label}"` });
  }
  const kpi = kpiMatch(header, kpis);
  if (kpi) {
    push({
      column: header,
      slot: `kpi-value:${kpi.kpi.key}`,
      field: "kpi-value",
      kpiKey: kpi.kpi.key,
      confidence: kpi.score,
      reason: `header matches the ${kpi.by} of KPI "${kpi.kpi.name}"`,
    });
  }
  const commented = withoutCommentWord(header);
  if (commented !== null) {
    const target = kpiMatch(commented, kpis);
    if (target) {
      push({
        column: header,
        slot: `kpi-comment:${target.kpi.key}`,
        field: "kpi-comment",
        kpiKey: target.kpi.key,
        // Slightly above the plain comment match, so "Revenue remarks" belongs to Revenue, not the whole row.
        confidence: Math.min(1, target.score * 0.98 + 0.02),
        reason: `remarks on KPI "${target.kpi.name}"`,
      });
    }
  }
  return out;
}

function peopleCandidates(header: string): Candidate[] {
  const out: Candidate[] = [];
  for (const field of Object.keys(PEOPLE_FIELD_SYNONYMS) as PeopleField[]) {
    const match = bestSynonym(header, PEOPLE_FIELD_SYNONYMS[field]);
    if (match.score >= MIN_CONFIDENCE) {
      out.push({
        column: header,
        slot: field,
        field: `person.${field}`,
        confidence: round(match.score),
        reason: `header looks like "${match.label}"`,
      });
    }
  }
  return out;
}

/** Each column gets at most one field and each field at most one column, best matches first. */
function assign(candidates: Candidate[]): ColumnSuggestion[] {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence);
  const usedColumns = new Set<string>();
  const usedSlots = new Set<string>();
  const chosen: ColumnSuggestion[] = [];
  for (const { slot, ...suggestion } of sorted) {
    if (usedColumns.has(suggestion.column) || usedSlots.has(slot)) continue;
    usedColumns.add(suggestion.column);
    usedSlots.add(slot);
    chosen.push(suggestion);
  }
  return chosen;
}

function suggestMeasurements(headers: readonly string[], kpis: readonly KpiLabel[]): MappingSuggestion {
  const all = headers.flatMap((h) => measurementCandidates(h, kpis));
  const hasLongColumns = all.some((c) => c.field === "kpi") && all.some((c) => c.field === "value");
  // A long file names KPIs in a column; its other headers must not be read as KPI columns, and vice versa.
  const shape: "long" | "wide" | null = hasLongColumns
    ? "long"
    : all.some((c) => c.field === "kpi-value")
      ? "wide"
      : null;
  const allowed =
    shape === "long"
      ? all.filter((c) => c.field !== "kpi-value" && c.field !== "kpi-comment")
      : all.filter((c) => c.field !== "kpi" && c.field !== "value");
  let columns = assign(allowed);
  // A KPI's remarks count only when that KPI's own column is there.
  const valued = new Set(columns.filter((c) => c.field === "kpi-value").map((c) => c.kpiKey));
  columns = columns.filter((c) => c.field !== "kpi-comment" || valued.has(c.kpiKey));
  columns.sort((a, b) => headers.indexOf(a.column) - headers.indexOf(b.column));

  const find = (field: SuggestedField) => columns.find((c) => c.field === field);
  const employee = find("employee");
  const period = find("period");
  const missing: string[] = [];
  if (!employee) missing.push("a column identifying the employee (employee number or email)");
  if (!period) missing.push("a column with the date or period (or choose one period for the whole file)");
  if (shape === null) missing.push("a KPI column with a value column, or columns named after KPIs");

  let mapping: ColumnMapping | null = null;
  if (employee && shape === "long") {
    const kpi = find("kpi")!;
    const value = find("value")!;
    const long: LongMeasurementMapping = {
      kind: "measurements",
      shape: "long",
      employeeColumn: employee.column,
      employeeMatch: employee.employeeMatch ?? "auto",
      periodColumn: period?.column,
      kpiColumn: kpi.column,
      valueColumn: value.column,
      commentColumn: find("comment")?.column,
      numberFormat: "auto",
      dateOrder: "auto",
    };
    if (period) mapping = long;
  } else if (employee && shape === "wide") {
    const kpiColumns: WideKpiColumn[] = columns
      .filter((c) => c.field === "kpi-value")
      .map((c) => ({
        column: c.column,
        kpiKey: c.kpiKey!,
        commentColumn: columns.find((x) => x.field === "kpi-comment" && x.kpiKey === c.kpiKey)?.column,
      }));
    const wide: WideMeasurementMapping = {
      kind: "measurements",
      shape: "wide",
      employeeColumn: employee.column,
      employeeMatch: employee.employeeMatch ?? "auto",
      periodColumn: period?.column,
      kpiColumns,
      commentColumn: find("comment")?.column,
      numberFormat: "auto",
      dateOrder: "auto",
    };
    if (period) mapping = wide;
  }
  const mapped = new Set(columns.map((c) => c.column));
  return {
    kind: "measurements",
    shape,
    mapping,
    columns,
    unmapped: headers.filter((h) => !mapped.has(h)),
    missing,
  };
}

function suggestPeople(headers: readonly string[]): MappingSuggestion {
  const columns = assign(headers.flatMap(peopleCandidates));
  columns.sort((a, b) => headers.indexOf(a.column) - headers.indexOf(b.column));
  const column = (field: PeopleField) => columns.find((c) => c.field === `person.${field}`)?.column;
  const missing: string[] = [];
  const employeeNumber = column("employeeNumber");
  if (!employeeNumber) missing.push("a column with the employee number");
  const hasName = column("name") !== undefined || (column("firstName") && column("lastName"));
  if (!hasName) missing.push("a name column (or first and last name columns)");
  const mapping: PeopleMapping | null =
    employeeNumber && hasName
      ? {
          kind: "people",
          employeeNumberColumn: employeeNumber,
          nameColumn: column("name"),
          firstNameColumn: column("name") ? undefined : column("firstName"),
          lastNameColumn: column("name") ? undefined : column("lastName"),
          emailColumn: column("email"),
          roleColumn: column("role"),
          orgUnitColumn: column("orgUnit"),
          managerColumn: column("manager"),
          startDateColumn: column("startDate"),
          activeColumn: column("active"),
          dateOrder: "auto",
        }
      : null;
  const mapped = new Set(columns.map((c) => c.column));
  return { kind: "people", shape: null, mapping, columns, unmapped: headers.filter((h) => !mapped.has(h)), missing };
}

/**
 * Proposes a column mapping for a file from its headers alone: which column identifies the
 * employee, which holds the period, whether KPIs are rows (long) or columns (wide), which
 * remarks belong to which KPI. Headers are compared after folding case, accents, punctuation
 * and common abbreviations, so "Emp #", "E-mail" and "Personnel No." are recognised. Every
 * suggestion carries a confidence and a reason for the person confirming it.
 */
export function suggestMapping(headers: readonly string[], context: SuggestionContext): MappingSuggestion {
  return context.kind === "people" ? suggestPeople(headers) : suggestMeasurements(headers, context.kpis);
}
