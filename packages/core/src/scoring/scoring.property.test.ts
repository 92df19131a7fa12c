import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CAP, DEFAULT_FLOOR, type ScoringConfig } from "../model/scoring-config.schema.js";
import { type RollUpItemInput, rollUp } from "./roll-up.js";
import { scoreValue } from "./score-value.js";
import { validateScoringConfig } from "./validate-scoring-config.js";

/** Any finite double, extremes included: the engine must cope with all of them. */
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Realistic KPI magnitudes, for properties about ordering rather than overflow. */
const realistic = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const direction = fc.constantFrom("higher" as const, "lower" as const);

/** Optional floor and cap that respect floor ≤ cap once the defaults fill the gaps. */
const clamp = fc
  .record({ floor: fc.option(anyFinite, { nil: undefined }), cap: fc.option(anyFinite, { nil: undefined }) })
  .filter(({ floor, cap }) => (floor ?? DEFAULT_FLOOR) <= (cap ?? DEFAULT_CAP))
  .map(({ floor, cap }) => ({ ...(floor === undefined ? {} : { floor }), ...(cap === undefined ? {} : { cap }) }));

const distinctValues = (minLength: number) =>
  fc.uniqueArray(anyFinite, { minLength, maxLength: 8, comparator: "SameValueZero" });

const validConfig: fc.Arbitrary<ScoringConfig> = fc
  .oneof(
    fc.record({ method: fc.constant("linear" as const), baseline: anyFinite, target: anyFinite }),
    fc.record({ method: fc.constant("ratio" as const), target: anyFinite.filter((n) => n > 0), direction }),
    fc
      .record({ low: anyFinite, high: anyFinite, tolerance: anyFinite.filter((n) => n > 0) })
      .map(({ low, high, tolerance }) => ({
        method: "range" as const,
        low: Math.min(low, high),
        high: Math.max(low, high),
        tolerance,
      })),
    fc.record({ method: fc.constant("binary" as const), target: anyFinite, direction }),
    fc.tuple(distinctValues(2), fc.array(anyFinite, { minLength: 8, maxLength: 8 })).map(([values, scores]) => ({
      method: "curve" as const,
      points: values.map((value, index): [number, number] => [value, scores[index]!]),
    })),
    fc.tuple(distinctValues(1), fc.array(anyFinite, { minLength: 8, maxLength: 8 })).map(([froms, scores]) => ({
      method: "bands" as const,
      bands: [...froms].sort((a, b) => a - b).map((from, index) => ({ from, score: scores[index]! })),
    })),
    fc
      .record({ min: anyFinite, max: anyFinite, target: fc.double({ min: 0, max: 1, noNaN: true }) })
      .filter(({ min, max }) => min < max)
      .map(({ min, max, target }) => ({
        method: "rating" as const,
        scale: { min, max },
        // A point in (min, max]; fall back to max when rounding lands on min.
        targetRating: min + (max - min) * target > min ? min + (max - min) * target : max,
      })),
  )
  .chain((config) => clamp.map((bounds): ScoringConfig => ({ ...config, ...bounds })))
  .filter((config) => validateScoringConfig(config).length === 0);

const boundsOf = (config: ScoringConfig) => ({
  floor: config.floor ?? DEFAULT_FLOOR,
  cap: config.cap ?? DEFAULT_CAP,
});

describe("scoreValue properties", () => {
  it("never returns NaN or Infinity and always stays within [floor, cap]", () => {
    fc.assert(
      fc.property(validConfig, anyFinite, (config, value) => {
        const result = scoreValue(value, config);
        const { floor, cap } = boundsOf(config);
        expect(Number.isFinite(result.raw)).toBe(true);
        expect(Number.isFinite(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(floor);
        expect(result.score).toBeLessThanOrEqual(cap);
        expect(result.explanation.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("linear is non-decreasing in the value when target > baseline, non-increasing when below", () => {
    fc.assert(
      fc.property(anyFinite, anyFinite, clamp, realistic, realistic, (baseline, target, bounds, a, b) => {
        fc.pre(baseline !== target);
        const config: ScoringConfig = { method: "linear", baseline, target, ...bounds };
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowScore = scoreValue(low, config).score;
        const highScore = scoreValue(high, config).score;
        if (target > baseline) expect(highScore).toBeGreaterThanOrEqual(lowScore);
        else expect(highScore).toBeLessThanOrEqual(lowScore);
      }),
      { numRuns: 500 },
    );
  });

  it("ratio follows its direction", () => {
    fc.assert(
      fc.property(
        anyFinite.filter((n) => n > 0),
        direction,
        clamp,
        anyFinite,
        anyFinite,
        (target, dir, bounds, a, b) => {
          const config: ScoringConfig = { method: "ratio", target, direction: dir, ...bounds };
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowScore = scoreValue(low, config).score;
          const highScore = scoreValue(high, config).score;
          if (dir === "higher") expect(highScore).toBeGreaterThanOrEqual(lowScore);
          else expect(highScore).toBeLessThanOrEqual(lowScore);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("binary follows its direction", () => {
    fc.assert(
      fc.property(anyFinite, direction, clamp, anyFinite, anyFinite, (target, dir, bounds, a, b) => {
        const config: ScoringConfig = { method: "binary", target, direction: dir, ...bounds };
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowScore = scoreValue(low, config).score;
        const highScore = scoreValue(high, config).score;
        if (dir === "higher") expect(highScore).toBeGreaterThanOrEqual(lowScore);
        else expect(highScore).toBeLessThanOrEqual(lowScore);
      }),
      { numRuns: 500 },
    );
  });
});

const score = fc.option(fc.double({ noNaN: true, min: -10, max: 10 }), { nil: null, freq: 4 });
const weight = fc.double({ noNaN: true, min: 0, max: 100 });

function expectWithinItemScores(items: RollUpItemInput[], result: number | null): void {
  const present = items.flatMap((item) => (item.score === null ? [] : [item.score]));
  if (result === null) return;
  expect(present.length).toBeGreaterThan(0);
  expect(result).toBeGreaterThanOrEqual(Math.min(...present));
  expect(result).toBeLessThanOrEqual(Math.max(...present));
}

describe("rollUp properties", () => {
  it("with exclude, the overall score lies within [min item score, max item score]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.string(), weight, score }), { minLength: 1, maxLength: 10 }),
        (items) => {
          const result = rollUp({ items, missingData: "exclude" });
          expectWithinItemScores(items, result.score);
          const countedWeight = items.reduce((sum, item) => (item.score === null ? sum : sum + item.weight), 0);
          expect(result.score === null).toBe(countedWeight === 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("KPIs that all score the same roll up to exactly that score, whatever the weights", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -10, max: 10 }),
        fc.array(
          weight.filter((w) => w > 0),
          { minLength: 1, maxLength: 10 },
        ),
        (same, weights) => {
          const items = weights.map((w, index) => ({ key: `k${index}`, weight: w, score: same }));
          expect(rollUp({ items, missingData: "exclude" }).score).toBe(same);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("with sections and exclude, the overall score lies within [min item score, max item score]", () => {
    const sectionKeys = ["a", "b", "c"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.string(), weight, score, section: fc.constantFrom(...sectionKeys) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.tuple(weight, weight, weight),
        (items, sectionWeights) => {
          const sections = sectionKeys.map((key, index) => ({ key, weight: sectionWeights[index]! }));
          const result = rollUp({ items, sections, missingData: "exclude" });
          expectWithinItemScores(items, result.score);
          if (result.score !== null) {
            const total = result.items.reduce((sum, item) => sum + item.contribution, 0);
            expect(total).toBeCloseTo(result.score, 9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
