import { describe, expect, it } from "vitest";
import type { Aggregation } from "../model/scoring-config.schema.js";
import { aggregate } from "./aggregate.js";
import { ScoringInputError } from "./scoring-errors.js";

describe("aggregate", () => {
  const values = [40, 10, 70];
  it.each<[Aggregation, number]>([
    ["sum", 120],
    ["average", 40],
    ["last", 70],
    ["min", 10],
    ["max", 70],
    ["count", 3],
  ])("%s of [40, 10, 70] is %d", (aggregation, expected) => {
    expect(aggregate(values, aggregation).value).toBe(expected);
  });

  it("explains the step with the count and the result", () => {
    expect(aggregate(values, "sum").explanation).toEqual(["Aggregated 3 values by sum: 120"]);
    expect(aggregate(values, "last").explanation).toEqual(["Took the last of 3 values: 70"]);
    expect(aggregate(values, "count").explanation).toEqual(["Counted 3 values: 3"]);
  });

  it.each<Aggregation>(["sum", "average", "last", "min", "max"])("%s of no values is null (no data)", (aggregation) => {
    const result = aggregate([], aggregation);
    expect(result.value).toBeNull();
    expect(result.explanation.join(" ")).toContain("no data");
  });

  it("counts no values as 0", () => {
    expect(aggregate([], "count").value).toBe(0);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "rejects %s with a ScoringInputError",
    (bad) => {
      expect(() => aggregate([1, bad], "sum")).toThrow(ScoringInputError);
      expect(() => aggregate([1, bad], "count")).toThrow(/value 2 of 2/);
    },
  );

  it("rejects a sum that overflows instead of returning Infinity", () => {
    expect(() => aggregate([Number.MAX_VALUE, Number.MAX_VALUE], "sum")).toThrow(ScoringInputError);
  });

  it("averages huge values without overflowing", () => {
    expect(aggregate([Number.MAX_VALUE, Number.MAX_VALUE], "average").value).toBeCloseTo(Number.MAX_VALUE, -300);
    expect(Number.isFinite(aggregate([Number.MAX_VALUE, Number.MAX_VALUE], "average").value)).toBe(true);
  });

  it("rejects an unknown aggregation, with or without data", () => {
    expect(() => aggregate([1], "median" as Aggregation)).toThrow(ScoringInputError);
    expect(() => aggregate([], "median" as Aggregation)).toThrow(ScoringInputError);
  });
});
