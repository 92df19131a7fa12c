import type { Aggregation } from "../model/scoring-config.schema.js";
import { formatNumber } from "./format-number.js";
import type { ExplainOption } from "./scoring.types.js";
import { ScoringInputError } from "./scoring-errors.js";

/** An aggregated value (null when there is no data) with the step explained. */
export interface AggregateResult {
  value: number | null;
  explanation: string[];
}

function average(values: number[]): number {
  const direct = values.reduce((total, value) => total + value, 0) / values.length;
  if (Number.isFinite(direct)) return direct;
  // The running sum overflowed although every value is finite; dividing first keeps the mean in range.
  return values.reduce((total, value) => total + value / values.length, 0);
}

function sum(values: number[]): number {
  const total = values.reduce((running, value) => running + value, 0);
  if (!Number.isFinite(total)) {
    throw new ScoringInputError(`The sum of ${values.length} values is too large to represent`);
  }
  return total;
}

function combine(values: number[], aggregation: Aggregation): number {
  switch (aggregation) {
    case "sum":
      return sum(values);
    case "average":
      return average(values);
    case "last":
      return values[values.length - 1]!; // callers pass at least one value
    case "min":
      return Math.min(...values);
    case "max":
      return Math.max(...values);
    case "count":
      return values.length;
    default:
      throw new ScoringInputError(`Unknown aggregation ${JSON.stringify(aggregation satisfies never)}`);
  }
}

/**
 * Combines the measurements of one period into one value: sum, average, last (the last element),
 * min, max or count. No values gives null ("no data"), except count, which gives 0.
 * `{ explain: false }` skips formatting the step (same value, empty explanation).
 * @throws ScoringInputError when a value is not a finite number (it would turn the result into NaN)
 */
export function aggregate(values: number[], aggregation: Aggregation, options: ExplainOption = {}): AggregateResult {
  const explain = options.explain ?? true;
  const badIndex = values.findIndex((value) => typeof value !== "number" || !Number.isFinite(value));
  if (badIndex >= 0) {
    throw new ScoringInputError(
      `Cannot aggregate: value ${badIndex + 1} of ${values.length} is ${String(values[badIndex])}, not a finite number`,
    );
  }
  if (values.length === 0) {
    if (aggregation === "count") return { value: 0, explanation: explain ? ["Counted 0 values: 0"] : [] };
    combine([0], aggregation); // rejects an unknown aggregation even without data
    return { value: null, explanation: explain ? [`No values to aggregate by ${aggregation}: no data`] : [] };
  }
  const value = combine(values, aggregation);
  if (!explain) return { value, explanation: [] };
  const noun = values.length === 1 ? "value" : "values";
  const step =
    aggregation === "count"
      ? `Counted ${values.length} ${noun}: ${value}`
      : aggregation === "last"
        ? `Took the last of ${values.length} ${noun}: ${formatNumber(value)}`
        : `Aggregated ${values.length} ${noun} by ${aggregation}: ${formatNumber(value)}`;
  return { value, explanation: [step] };
}
