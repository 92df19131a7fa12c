import { describe, expect, it } from "vitest";
import { formatNumber, formatOperand, formatPercent } from "./format-number.js";

describe("formatNumber", () => {
  it("drops trailing zeros and keeps at most four decimals", () => {
    expect(formatNumber(120)).toBe("120");
    expect(formatNumber(0.0333333)).toBe("0.0333");
    expect(formatNumber(1.5)).toBe("1.5");
    expect(formatNumber(2.00004)).toBe("2");
  });
  it("never prints negative zero", () => {
    expect(formatNumber(-0.00001, 2)).not.toBe("-0");
    expect(formatNumber(-0)).toBe("0");
  });
  it("uses exponents for magnitudes fixed notation would hide or bloat", () => {
    expect(formatNumber(1e20)).toBe("1e+20");
    expect(formatNumber(0.000012346)).toBe("1.235e-5");
  });
  it("names the non-finite values instead of crashing", () => {
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe("-∞");
    expect(formatNumber(Number.NaN)).toBe("NaN");
  });
});

describe("formatPercent", () => {
  it("shows scores as percentages with at most two decimals", () => {
    expect(formatPercent(1 / 30)).toBe("3.33%");
    expect(formatPercent(0.25)).toBe("25%");
    expect(formatPercent(1.2)).toBe("120%");
  });
});

describe("formatOperand", () => {
  it("wraps negatives in parentheses", () => {
    expect(formatOperand(-5)).toBe("(-5)");
    expect(formatOperand(5)).toBe("5");
  });
});
