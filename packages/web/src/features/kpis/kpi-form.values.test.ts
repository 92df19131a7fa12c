import { describe, expect, it } from "vitest";
import { kpiFormValues, kpiInputFromValues, withoutNulls } from "./kpi-form.values.js";

describe("kpiInputFromValues", () => {
  it("turns empty optional fields into null and keeps categories", () => {
    const input = kpiInputFromValues({ ...kpiFormValues(), name: " Revenue " });
    expect(input.name).toBe("Revenue");
    expect(input.unit).toBeNull();
    expect(input.suggested).toBeNull();
    expect(input.ratingScale).toBeNull();
    expect(input.categories).toEqual({ kind: "quantitative", timing: "lagging", focus: "performance" });
  });

  it("sends a rating scale only for qualitative KPIs, without half-filled anchors", () => {
    const values = {
      ...kpiFormValues(),
      name: "Coaching",
      kind: "qualitative" as const,
      anchors: [
        { value: 1, description: "Rarely" },
        { value: "", description: "no value" },
        { value: 5, description: "  " },
      ],
    };
    expect(kpiInputFromValues(values).ratingScale).toEqual({
      min: 1,
      max: 5,
      anchors: [{ value: 1, description: "Rarely" }],
    });
    expect(kpiInputFromValues({ ...values, kind: "quantitative" }).ratingScale).toBeNull();
  });

  it("keeps only the suggested numbers that were given", () => {
    const input = kpiInputFromValues({ ...kpiFormValues(), name: "x", target: 10, stretch: "" });
    expect(input.suggested).toEqual({ target: 10 });
  });
});

describe("withoutNulls", () => {
  it("drops null fields and keeps falsy values that mean something", () => {
    expect(withoutNulls({ a: null, b: 0, c: "" })).toEqual({ b: 0, c: "" });
  });
});
