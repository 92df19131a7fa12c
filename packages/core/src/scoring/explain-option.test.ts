import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Aggregation, ScoringConfig } from "../model/scoring-config.schema.js";
import { aggregate } from "./aggregate.js";
import { rate } from "./rate.js";
import { rollUp } from "./roll-up.js";
import { scoreKpi } from "./score-kpi.js";
import { scoreValue } from "./score-value.js";
import { validateScoringConfig } from "./validate-scoring-config.js";

const value = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
const positive = fc.double({ noNaN: true, min: 0.001, max: 1e6 });
const direction = fc.constantFrom("higher" as const, "lower" as const);

const config: fc.Arbitrary<ScoringConfig> = fc
  .oneof(
    fc.record({ method: fc.constant("linear" as const), baseline: value, target: value }),
    fc.record({ method: fc.constant("ratio" as const), target: positive, direction }),
    fc
      .record({ method: fc.constant("range" as const), low: value, width: positive, tolerance: positive })
      .map(({ low, width, tolerance }) => ({ method: "range" as const, low, high: low + width, tolerance })),
    fc.record({ method: fc.constant("binary" as const), target: value, direction }),
    fc.constant<ScoringConfig>({
      method: "curve",
      points: [
        [1, 1.2],
        [4, 1],
        [12, 0.5],
        [24, 0],
      ],
    }),
    fc.constant<ScoringConfig>({
      method: "bands",
      bands: [
        { from: 0, score: 1.2 },
        { from: 8, score: 1 },
        { from: 15, score: 0.3 },
      ],
    }),
    fc.constant<ScoringConfig>({ method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 }),
  )
  .filter((c) => validateScoringConfig(c).length === 0);

const aggregation = fc.constantFrom<Aggregation>("sum", "average", "last", "min", "max", "count");

describe("explain: false", () => {
  it("scores every method and value exactly as the explained path, with no text", () => {
    fc.assert(
      fc.property(config, value, (c, v) => {
        const explained = scoreValue(v, c);
        const quiet = scoreValue(v, c, { explain: false });
        expect(quiet.score).toBe(explained.score);
        expect(quiet.raw).toBe(explained.raw);
        expect(quiet.clamped).toBe(explained.clamped);
        expect(explained.explanation.length).toBeGreaterThan(0);
        expect(quiet.explanation).toEqual([]);
      }),
    );
  });

  it("aggregates and scores a KPI's values to the same numbers", () => {
    fc.assert(
      fc.property(config, aggregation, fc.array(value, { maxLength: 6 }), (c, a, values) => {
        const explained = scoreKpi({ values, aggregation: a, scoring: c });
        const quiet = scoreKpi({ values, aggregation: a, scoring: c, explain: false });
        expect(quiet.value).toBe(explained.value);
        expect(quiet.score).toBe(explained.score);
        expect(quiet.explanation).toEqual([]);
        expect(aggregate(values, a, { explain: false }).value).toBe(aggregate(values, a).value);
      }),
    );
  });

  it("rolls up (flat and in sections, both policies) and rates to the same numbers", () => {
    const score = fc.option(fc.double({ noNaN: true, min: 0, max: 1.5 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 0, max: 60 }), score, inA: fc.boolean() }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom("exclude" as const, "zero" as const),
        fc.boolean(),
        (entries, missingData, withSections) => {
          const items = entries.map((e, i) => ({
            key: `k${i}`,
            weight: e.weight,
            score: e.score,
            ...(withSections ? { section: e.inA ? "a" : "b" } : {}),
          }));
          const sections = withSections
            ? [
                { key: "a", weight: 70 },
                { key: "b", weight: 30 },
              ]
            : undefined;
          const explained = rollUp({ items, missingData, ...(sections ? { sections } : {}) });
          const quiet = rollUp({ items, missingData, ...(sections ? { sections } : {}), explain: false });
          expect(quiet.score).toBe(explained.score);
          expect(quiet.items).toEqual(explained.items);
          expect(quiet.sections).toEqual(explained.sections);
          expect(quiet.explanation).toEqual([]);
          expect(explained.explanation.length).toBeGreaterThan(0);
          if (explained.score !== null) {
            const scale = [
              { from: 0, rating: 1, label: "Low" },
              { from: 0.9, rating: 3, label: "Met" },
            ];
            const quietRate = rate(explained.score, scale, { explain: false });
            const fullRate = rate(explained.score, scale);
            expect([quietRate.rating, quietRate.label]).toEqual([fullRate.rating, fullRate.label]);
            expect(quietRate.explanation).toEqual([]);
          }
        },
      ),
    );
  });
});
