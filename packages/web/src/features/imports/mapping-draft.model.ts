import type {
  ColumnMapping,
  ColumnSuggestion,
  DateOrder,
  EmployeeMatch,
  ImportKind,
  MappingSuggestion,
  NumberFormat,
  PeopleMapping,
  WideKpiColumn,
} from "./imports.types.js";

/** What one file column of a KPI-values file can hold. */
export type MeasurementTarget =
  | "ignore"
  | "employee-number"
  | "employee-email"
  | "employee-auto"
  | "period"
  | "kpi"
  | "value"
  | "comment"
  | "kpi-value"
  | "kpi-comment";

/** What one file column of a people file can hold. */
export type PeopleTarget =
  | "ignore"
  | "employeeNumber"
  | "name"
  | "firstName"
  | "lastName"
  | "email"
  | "role"
  | "orgUnit"
  | "manager"
  | "startDate"
  | "active";

export type Shape = "long" | "wide";

export interface ColumnAssignment {
  target: MeasurementTarget | PeopleTarget;
  /** For kpi-value and kpi-comment: the KPI the column belongs to. */
  kpiKey?: string;
}

/** The mapping screen's state: one assignment per file column, edited freely, turned into a mapping at the end. */
export interface MappingDraft {
  kind: ImportKind;
  shape: Shape;
  columns: Record<string, ColumnAssignment>;
  /** The period of every row when no column holds one. */
  fixedPeriod: string;
  numberFormat: NumberFormat;
  dateOrder: DateOrder;
}

const MEASUREMENT_LABELS: Record<MeasurementTarget, string> = {
  ignore: "Ignore this column",
  "employee-number": "Employee number",
  "employee-email": "Employee email",
  "employee-auto": "Employee (number or email)",
  period: "Period or date",
  kpi: "KPI (name or key)",
  value: "Value",
  comment: "Comment (whole row)",
  "kpi-value": "Value of one KPI",
  "kpi-comment": "Remarks on one KPI",
};

const PEOPLE_LABELS: Record<PeopleTarget, string> = {
  ignore: "Ignore this column",
  employeeNumber: "Employee number",
  name: "Full name",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  role: "Role (key or title)",
  orgUnit: "Org unit",
  manager: "Manager (employee number or email)",
  startDate: "Start date",
  active: "Active",
};

const LONG_ONLY: readonly MeasurementTarget[] = ["kpi", "value"];
const WIDE_ONLY: readonly MeasurementTarget[] = ["kpi-value", "kpi-comment"];

/** The choices of the "maps to" select for a file of this kind and shape. */
export function targetOptions(kind: ImportKind, shape: Shape): { value: string; label: string }[] {
  if (kind === "people") return Object.entries(PEOPLE_LABELS).map(([value, label]) => ({ value, label }));
  const hidden = shape === "long" ? WIDE_ONLY : LONG_ONLY;
  return (Object.entries(MEASUREMENT_LABELS) as [MeasurementTarget, string][])
    .filter(([value]) => !hidden.includes(value))
    .map(([value, label]) => ({ value, label }));
}

export function targetLabel(kind: ImportKind, target: string): string {
  const labels: Record<string, string> = kind === "people" ? PEOPLE_LABELS : MEASUREMENT_LABELS;
  return labels[target] ?? target;
}

/** Whether the target needs a KPI chosen next to it. */
export function needsKpi(target: string): boolean {
  return target === "kpi-value" || target === "kpi-comment";
}

function emptyDraft(kind: ImportKind, headers: readonly string[], shape: Shape): MappingDraft {
  const columns: Record<string, ColumnAssignment> = {};
  for (const h of headers) columns[h] = { target: "ignore" };
  return { kind, shape, columns, fixedPeriod: "", numberFormat: "auto", dateOrder: "auto" };
}

const EMPLOYEE_TARGET: Record<EmployeeMatch, MeasurementTarget> = {
  employeeNumber: "employee-number",
  email: "employee-email",
  auto: "employee-auto",
};

/** The draft a complete mapping (saved, suggested or used by a preview) stands for. */
export function draftFromMapping(headers: readonly string[], mapping: ColumnMapping): MappingDraft {
  if (mapping.kind === "people") {
    const draft = emptyDraft("people", headers, "long");
    draft.dateOrder = mapping.dateOrder;
    const fields: [keyof PeopleMapping, PeopleTarget][] = [
      ["employeeNumberColumn", "employeeNumber"],
      ["nameColumn", "name"],
      ["firstNameColumn", "firstName"],
      ["lastNameColumn", "lastName"],
      ["emailColumn", "email"],
      ["roleColumn", "role"],
      ["orgUnitColumn", "orgUnit"],
      ["managerColumn", "manager"],
      ["startDateColumn", "startDate"],
      ["activeColumn", "active"],
    ];
    for (const [field, target] of fields) {
      const column = mapping[field];
      if (typeof column === "string" && column in draft.columns) draft.columns[column] = { target };
    }
    return draft;
  }
  const draft = emptyDraft("measurements", headers, mapping.shape);
  draft.numberFormat = mapping.numberFormat;
  draft.dateOrder = mapping.dateOrder;
  draft.fixedPeriod = mapping.fixedPeriod ?? "";
  const set = (column: string | undefined, assignment: ColumnAssignment) => {
    if (column !== undefined && column in draft.columns) draft.columns[column] = assignment;
  };
  set(mapping.employeeColumn, { target: EMPLOYEE_TARGET[mapping.employeeMatch] });
  set(mapping.periodColumn, { target: "period" });
  set(mapping.commentColumn, { target: "comment" });
  if (mapping.shape === "long") {
    set(mapping.kpiColumn, { target: "kpi" });
    set(mapping.valueColumn, { target: "value" });
  } else {
    for (const k of mapping.kpiColumns) {
      set(k.column, { target: "kpi-value", kpiKey: k.kpiKey });
      set(k.commentColumn, { target: "kpi-comment", kpiKey: k.kpiKey });
    }
  }
  return draft;
}

const SUGGESTED_TARGET: Record<string, MeasurementTarget> = {
  period: "period",
  kpi: "kpi",
  value: "value",
  comment: "comment",
  "kpi-value": "kpi-value",
  "kpi-comment": "kpi-comment",
};

function suggestedAssignment(kind: ImportKind, s: ColumnSuggestion): ColumnAssignment | null {
  if (kind === "people") {
    const field = s.field.startsWith("person.") ? s.field.slice("person.".length) : null;
    return field && field in PEOPLE_LABELS ? { target: field as PeopleTarget } : null;
  }
  if (s.field === "employee") {
    const match = (s.employeeMatch ?? "auto") as EmployeeMatch;
    return { target: EMPLOYEE_TARGET[match] ?? "employee-auto" };
  }
  const target = SUGGESTED_TARGET[s.field];
  if (!target) return null;
  return s.kpiKey ? { target, kpiKey: s.kpiKey } : { target };
}

/**
 * The draft the server's suggestion stands for: its complete mapping when it found one, else
 * every column it had a guess for, so the person only fills in what is missing.
 */
export function draftFromSuggestion(headers: readonly string[], suggestion: MappingSuggestion): MappingDraft {
  if (suggestion.mapping && suggestion.mapping.kind === suggestion.kind) {
    return draftFromMapping(headers, suggestion.mapping);
  }
  const draft = emptyDraft(suggestion.kind, headers, suggestion.shape ?? "long");
  for (const s of suggestion.columns) {
    const assignment = suggestedAssignment(suggestion.kind, s);
    if (assignment && s.column in draft.columns) draft.columns[s.column] = assignment;
  }
  return withShape(draft, draft.shape);
}

/** Switches long/wide; columns mapped to fields the other shape has no place for go back to "ignore". */
export function withShape(draft: MappingDraft, shape: Shape): MappingDraft {
  if (draft.kind === "people") return { ...draft, shape };
  const hidden = shape === "long" ? WIDE_ONLY : LONG_ONLY;
  const columns: Record<string, ColumnAssignment> = {};
  for (const [column, a] of Object.entries(draft.columns)) {
    columns[column] = hidden.includes(a.target as MeasurementTarget) ? { target: "ignore" } : a;
  }
  return { ...draft, shape, columns };
}

/** Sets one column's target, keeping a KPI choice only where the target needs one. */
export function withAssignment(draft: MappingDraft, column: string, assignment: ColumnAssignment): MappingDraft {
  const clean: ColumnAssignment = needsKpi(assignment.target)
    ? { target: assignment.target, ...(assignment.kpiKey ? { kpiKey: assignment.kpiKey } : {}) }
    : { target: assignment.target };
  return { ...draft, columns: { ...draft.columns, [column]: clean } };
}

export interface DraftResult {
  /** Null while something required is missing or contradictory (see `problems`). */
  mapping: ColumnMapping | null;
  /** What to fix, in words, before the file can be checked. */
  problems: string[];
}

function columnsFor(draft: MappingDraft, targets: readonly string[]): string[] {
  return Object.entries(draft.columns)
    .filter(([, a]) => targets.includes(a.target))
    .map(([column]) => column);
}

function single(draft: MappingDraft, targets: readonly string[], label: string, problems: string[]) {
  const found = columnsFor(draft, targets);
  if (found.length > 1) problems.push(`${quoteList(found)} are all mapped to ${label}: keep one.`);
  return found[0];
}

function quoteList(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(" and ");
}

/** Turns the draft into the mapping the server takes, or says what is still missing. */
export function mappingFromDraft(draft: MappingDraft): DraftResult {
  return draft.kind === "people" ? peopleFromDraft(draft) : measurementsFromDraft(draft);
}

function peopleFromDraft(draft: MappingDraft): DraftResult {
  const problems: string[] = [];
  const col = (target: PeopleTarget) => single(draft, [target], PEOPLE_LABELS[target], problems);
  const employeeNumber = col("employeeNumber");
  const name = col("name");
  const firstName = col("firstName");
  const lastName = col("lastName");
  const mapping: PeopleMapping = {
    kind: "people",
    employeeNumberColumn: employeeNumber ?? "",
    nameColumn: name,
    firstNameColumn: name ? undefined : firstName,
    lastNameColumn: name ? undefined : lastName,
    emailColumn: col("email"),
    roleColumn: col("role"),
    orgUnitColumn: col("orgUnit"),
    managerColumn: col("manager"),
    startDateColumn: col("startDate"),
    activeColumn: col("active"),
    dateOrder: draft.dateOrder,
  };
  if (!employeeNumber) problems.push("Choose the column with the employee number.");
  if (!name && !(firstName && lastName))
    problems.push("Choose a full name column, or both a first and a last name column.");
  return problems.length > 0 ? { mapping: null, problems } : { mapping: withoutUndefined(mapping), problems };
}

function measurementsFromDraft(draft: MappingDraft): DraftResult {
  const problems: string[] = [];
  const employees = Object.entries(draft.columns).filter(([, a]) => String(a.target).startsWith("employee-"));
  if (employees.length > 1)
    problems.push(`${quoteList(employees.map(([c]) => c))} all identify the employee: keep one.`);
  const employee = employees[0];
  if (!employee) problems.push("Choose the column that identifies the employee (employee number or email).");
  const period = single(draft, ["period"], MEASUREMENT_LABELS.period, problems);
  const fixedPeriod = draft.fixedPeriod.trim();
  if (!period && !fixedPeriod) {
    problems.push("Choose the column with the period or date, or give one period for every row.");
  }
  const comment = single(draft, ["comment"], MEASUREMENT_LABELS.comment, problems);
  const common = {
    kind: "measurements" as const,
    employeeColumn: employee?.[0] ?? "",
    employeeMatch: (employee?.[1].target === "employee-email"
      ? "email"
      : employee?.[1].target === "employee-number"
        ? "employeeNumber"
        : "auto") as EmployeeMatch,
    ...(period ? { periodColumn: period } : { fixedPeriod }),
    numberFormat: draft.numberFormat,
    dateOrder: draft.dateOrder,
    ...(comment ? { commentColumn: comment } : {}),
  };
  if (draft.shape === "long") {
    const kpi = single(draft, ["kpi"], MEASUREMENT_LABELS.kpi, problems);
    const value = single(draft, ["value"], MEASUREMENT_LABELS.value, problems);
    if (!kpi) problems.push("Choose the column naming the KPI of each row.");
    if (!value) problems.push("Choose the column with the value.");
    if (problems.length > 0 || !kpi || !value) return { mapping: null, problems };
    return { mapping: { ...common, shape: "long", kpiColumn: kpi, valueColumn: value }, problems };
  }
  const kpiColumns: WideKpiColumn[] = [];
  const byKey = new Map<string, WideKpiColumn>();
  for (const [column, a] of Object.entries(draft.columns)) {
    if (a.target !== "kpi-value") continue;
    if (!a.kpiKey) {
      problems.push(`Choose which KPI the column "${column}" holds.`);
      continue;
    }
    const taken = byKey.get(a.kpiKey);
    if (taken) {
      problems.push(`"${taken.column}" and "${column}" both hold the values of KPI ${a.kpiKey}: keep one.`);
      continue;
    }
    const entry: WideKpiColumn = { column, kpiKey: a.kpiKey };
    byKey.set(a.kpiKey, entry);
    kpiColumns.push(entry);
  }
  for (const [column, a] of Object.entries(draft.columns)) {
    if (a.target !== "kpi-comment") continue;
    const entry = a.kpiKey ? byKey.get(a.kpiKey) : undefined;
    if (!a.kpiKey) problems.push(`Choose which KPI the remarks in "${column}" belong to.`);
    else if (!entry)
      problems.push(`"${column}" holds remarks on KPI ${a.kpiKey}, but no column holds that KPI's values.`);
    else if (entry.commentColumn)
      problems.push(`"${entry.commentColumn}" and "${column}" both hold remarks on KPI ${a.kpiKey}: keep one.`);
    else entry.commentColumn = column;
  }
  if (kpiColumns.length === 0 && !problems.some((p) => p.startsWith("Choose which KPI"))) {
    problems.push("Map at least one column to the values of a KPI.");
  }
  if (problems.length > 0) return { mapping: null, problems };
  return { mapping: { ...common, shape: "wide", kpiColumns }, problems };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The server's guess for a column, for the hint next to its select. */
export function suggestionFor(suggestion: MappingSuggestion | undefined, column: string): ColumnSuggestion | undefined {
  return suggestion?.columns.find((s) => s.column === column);
}
