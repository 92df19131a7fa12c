import fc from "fast-check";
import type { FrameworkDocumentInput } from "../model/framework-document.schema.js";

/**
 * Generators of framework documents for property tests. Strings include YAML look-alikes
 * ("true", "007", "- x", "a: b"), line breaks and non-ASCII text; numbers include -0 and
 * extremes, so serialization has to quote and format everything right.
 */
const key = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/);
const tricky = fc.constantFrom(
  "true",
  "null",
  "~",
  "007",
  "1e3",
  "0x1F",
  ".inf",
  "- x",
  "a: b",
  "# c",
  "yes",
  "[x]",
  "{y}",
  "'q'",
  '"d"',
  "multi\nline  text",
  "tab\there",
  "x ",
  "@at",
  "%p",
  "*s",
  "&a",
  "!t",
  "|",
  ">",
);
const anyText = fc.oneof(fc.string({ maxLength: 24 }), fc.string({ maxLength: 24, unit: "grapheme" }), tricky);
const title = anyText.filter((s) => s.trim().length > 0);
const num = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(-0),
);
const direction = fc.constantFrom("higher" as const, "lower" as const);

const clamp = { floor: num, cap: num };
const scoring = fc.oneof(
  fc.record(
    { method: fc.constant("linear" as const), baseline: num, target: num, stretch: num, ...clamp },
    { requiredKeys: ["method", "baseline", "target"] },
  ),
  fc.record(
    { method: fc.constant("ratio" as const), target: num, direction, stretch: num, ...clamp },
    { requiredKeys: ["method", "target", "direction"] },
  ),
  fc.record(
    { method: fc.constant("range" as const), low: num, high: num, tolerance: num, ...clamp },
    { requiredKeys: ["method", "low", "high", "tolerance"] },
  ),
  fc.record(
    { method: fc.constant("binary" as const), target: num, direction, ...clamp },
    { requiredKeys: ["method", "target", "direction"] },
  ),
  fc.record(
    { method: fc.constant("curve" as const), points: fc.array(fc.tuple(num, num), { maxLength: 4 }), ...clamp },
    { requiredKeys: ["method", "points"] },
  ),
  fc.record(
    {
      method: fc.constant("bands" as const),
      bands: fc.array(fc.record({ from: num, score: num, label: anyText }, { requiredKeys: ["from", "score"] }), {
        maxLength: 3,
      }),
      ...clamp,
    },
    { requiredKeys: ["method", "bands"] },
  ),
  fc.record(
    { method: fc.constant("rating" as const), scale: fc.record({ min: num, max: num }), targetRating: num, ...clamp },
    { requiredKeys: ["method", "scale", "targetRating"] },
  ),
);

const kpi = fc.record(
  {
    key,
    name: title,
    description: anyText,
    unit: anyText.map((s) => s.slice(0, 40)),
    direction,
    aggregation: fc.constantFrom(
      "sum" as const,
      "average" as const,
      "last" as const,
      "min" as const,
      "max" as const,
      "count" as const,
    ),
    frequency: fc.constantFrom(
      "weekly" as const,
      "monthly" as const,
      "quarterly" as const,
      "half-yearly" as const,
      "yearly" as const,
    ),
    categories: fc.record({
      kind: fc.constantFrom("quantitative" as const, "qualitative" as const),
      timing: fc.constantFrom("leading" as const, "lagging" as const),
      focus: fc.constantFrom("performance" as const, "behavioural" as const, "development" as const),
    }),
    reporter: fc.constantFrom("employee" as const, "manager" as const, "system" as const),
    balance: fc.constantFrom("volume" as const, "quality" as const),
    ratingScale: fc.record(
      { min: num, max: num, anchors: fc.array(fc.record({ value: num, description: title }), { maxLength: 2 }) },
      { requiredKeys: ["min", "max"] },
    ),
    suggested: fc.record({ baseline: num, target: num, stretch: num }, { requiredKeys: [] }),
  },
  { requiredKeys: ["key", "name", "categories"] },
);

const assignment = fc.record(
  { kpi: key, weight: num, section: key, objectives: fc.array(key, { maxLength: 3 }), responsibility: key, scoring },
  { requiredKeys: ["kpi", "weight", "scoring"] },
);

const framework = fc.record(
  {
    role: key,
    version: fc.integer({ min: 1, max: 50 }),
    status: fc.constantFrom("draft" as const, "published" as const),
    effectiveDate: fc.constantFrom("2025-01-01", "2024-12-31"),
    changelog: anyText,
    missingData: fc.constantFrom("exclude" as const, "zero" as const),
    sections: fc.array(fc.record({ key, name: title.map((s) => s.slice(0, 100)), weight: num }), { maxLength: 2 }),
    assignments: fc.array(assignment, { maxLength: 3 }),
  },
  { requiredKeys: ["role"] },
);

export const frameworkDocumentArbitrary: fc.Arbitrary<FrameworkDocumentInput> = fc.record(
  {
    yardstick: fc.constant(1 as const),
    organization: fc.record({ name: title }),
    ratingScale: fc.array(fc.record({ from: num, rating: num, label: title }), { maxLength: 3 }),
    lint: fc.record({ disabledRules: fc.array(anyText, { maxLength: 2 }) }, { requiredKeys: [] }),
    objectives: fc.array(
      fc.record(
        {
          key,
          title,
          description: anyText,
          perspective: fc.constantFrom(
            "financial" as const,
            "customer" as const,
            "internal-process" as const,
            "learning-growth" as const,
          ),
          parent: key,
          owner: anyText,
          archived: fc.boolean(),
        },
        { requiredKeys: ["key", "title"] },
      ),
      { maxLength: 3 },
    ),
    orgUnits: fc.array(fc.record({ key, name: title, parent: key }, { requiredKeys: ["key", "name"] }), {
      maxLength: 2,
    }),
    roles: fc.array(
      fc.record(
        {
          key,
          title,
          family: title.map((s) => s.slice(0, 60)),
          orgUnit: key,
          description: anyText,
          responsibilities: fc.array(fc.record({ key, text: title }), { maxLength: 2 }),
          expectedOutcomes: fc.array(title, { maxLength: 2 }),
        },
        { requiredKeys: ["key", "title"] },
      ),
      { maxLength: 2 },
    ),
    kpis: fc.array(kpi, { maxLength: 3 }),
    frameworks: fc.array(framework, { maxLength: 2 }),
  },
  { requiredKeys: ["yardstick"] },
);
