/** Why one row (or one cell) cannot be imported. */
export type RowProblemCode =
  | "missing-value"
  | "unknown-employee"
  | "unknown-kpi"
  | "not-a-number"
  | "invalid-date"
  | "ambiguous-date"
  | "invalid-period"
  | "outside-cycle"
  | "cycle-not-open"
  | "closed-cycle"
  | "period-spans-sub-periods"
  | "no-scorecard"
  | "kpi-not-on-scorecard"
  | "duplicate-in-file"
  | "invalid-email"
  | "email-taken"
  | "unknown-role"
  | "missing-role"
  | "unknown-org-unit"
  | "unknown-manager"
  | "manager-loop"
  | "invalid-boolean"
  /** Refused by the measurement write rules (a rating outside its scale). */
  | "value-out-of-range"
  /** Refused by the measurement write rules (who reports the KPI, scorecard out of reach). */
  | "not-allowed";

/** One problem, by row and column, with a message that names the value and says what is wrong. */
export interface RowProblem {
  type: "problem";
  row: number;
  /** The header of the offending column; null when the row as a whole is at fault. */
  column: string | null;
  code: RowProblemCode;
  /** The cell text as read, when one cell is at fault. */
  value?: string;
  message: string;
}

/** Builds a problem whose message starts "Row 12, column 'Revenue': ". */
export function rowProblem(
  row: number,
  column: string | null,
  code: RowProblemCode,
  detail: string,
  value?: string,
): RowProblem {
  const where = column === null ? `Row ${row}` : `Row ${row}, column '${column}'`;
  return {
    type: "problem",
    row,
    column,
    code,
    ...(value === undefined ? {} : { value }),
    message: `${where}: ${detail}`,
  };
}

/** A cell value quoted for a message, cut short so a huge cell cannot flood the problem list. */
export function quoted(value: string): string {
  const text = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `'${text}'`;
}
