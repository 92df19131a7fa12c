import { describe, expect, it } from "vitest";
import { formatScore, formatValue, scoreTone } from "./score-format.js";

describe("score format", () => {
  it("shows scores as whole percentages and no data as a dash", () => {
    expect(formatScore(1)).toBe("100%");
    expect(formatScore(0.0333)).toBe("3%");
    expect(formatScore(1.2)).toBe("120%");
    expect(formatScore(null)).toBe("—");
    expect(formatScore(Number.NaN)).toBe("—");
  });

  it("writes values with their unit", () => {
    expect(formatValue(12.345, "%")).toBe("12.35%");
    expect(formatValue(1200, "calls")).toBe("1,200 calls");
    expect(formatValue(3, null)).toBe("3");
    expect(formatValue(undefined, "h")).toBe("—");
  });

  it("names the tone at the band edges", () => {
    expect(scoreTone(0.69).color).toBe("red");
    expect(scoreTone(0.7)).toEqual({ color: "orange", label: "Near target", short: "near" });
    expect(scoreTone(1)).toEqual({ color: "green", label: "Target met", short: "met" });
    expect(scoreTone(null).label).toBe("No data");
  });
});
