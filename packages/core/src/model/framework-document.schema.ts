import { z } from "zod";
import { aggregationSchema, directionSchema, scoringConfigSchema } from "./scoring-config.schema.js";

/**
 * The framework document: an organization's whole KPI framework in one plain object.
 * It is the YAML file format, the body of `POST /api/v1/lint`, the shape of the starter
 * library, and what export/import exchange. Records reference each other by `key`
 * (a stable slug, unique per kind within the organization), never by database id.
 *
 * Fields that quality rules check (unit, frequency, description, links...) are optional
 * here on purpose: a missing one is a lint finding with a fix hint, not a parse error.
 */

export const keySchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "use lowercase letters, digits, '.', '_' or '-', starting with a letter or digit")
  .describe("Stable identifier, unique per kind within the organization");

const text = (max: number) => z.string().trim().max(max);
const finite = z.number().refine(Number.isFinite, "must be a finite number");

export const perspectiveSchema = z.enum(["financial", "customer", "internal-process", "learning-growth"]);
export const kindSchema = z.enum(["quantitative", "qualitative"]);
export const timingSchema = z.enum(["leading", "lagging"]);
export const focusSchema = z.enum(["performance", "behavioural", "development"]);
export const reporterSchema = z
  .enum(["employee", "manager", "system"])
  .describe("Who reports values: the employee, their manager, or a system import");
export const frequencySchema = z.enum(["weekly", "monthly", "quarterly", "half-yearly", "yearly"]);
export const missingDataPolicySchema = z
  .enum(["exclude", "zero"])
  .describe("exclude: re-normalise the remaining weights; zero: a missing KPI scores 0");
export const balanceSchema = z
  .enum(["volume", "quality"])
  .describe("Volume KPIs need a quality counterweight in the same framework (Goodhart's law)");
export const roleFamilySchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .describe("Role family, e.g. Sales, HR, Marketing, Operations, IT/Development, Customer Support, Finance");

export const objectiveSchema = z.strictObject({
  key: keySchema,
  title: text(200).min(1),
  description: text(4000).optional(),
  perspective: perspectiveSchema.optional(),
  parent: keySchema.optional().describe("Key of the parent objective"),
  owner: text(200).optional().describe("Who owns the objective (name or email)"),
  archived: z.boolean().optional(),
});

export const orgUnitSchema = z.strictObject({
  key: keySchema,
  name: text(200).min(1),
  parent: keySchema.optional().describe("Key of the parent org unit"),
});

export const responsibilitySchema = z.strictObject({
  key: keySchema,
  text: text(1000).min(1),
});

export const roleSchema = z.strictObject({
  key: keySchema,
  title: text(200).min(1),
  family: roleFamilySchema.optional(),
  orgUnit: keySchema.optional().describe("Key of the org unit the role belongs to"),
  description: text(4000).optional(),
  responsibilities: z.array(responsibilitySchema).max(50).default([]),
  expectedOutcomes: z.array(text(1000).min(1)).max(50).default([]),
});

export const ratingAnchorSchema = z.strictObject({
  value: finite,
  description: text(500).min(1),
});

export const kpiRatingScaleSchema = z
  .strictObject({
    min: finite,
    max: finite,
    anchors: z.array(ratingAnchorSchema).max(20).default([]),
  })
  .describe("Anchored rating scale for qualitative KPIs");

export const categoriesSchema = z.strictObject({
  kind: kindSchema,
  timing: timingSchema,
  focus: focusSchema,
});

export const suggestedScoringSchema = z
  .strictObject({
    baseline: finite.optional(),
    target: finite.optional(),
    stretch: finite.optional(),
  })
  .describe("Suggested baseline, target and stretch for new assignments");

export const kpiSchema = z.strictObject({
  key: keySchema,
  name: text(200).min(1),
  description: text(4000).optional(),
  unit: text(40).optional().describe("Unit of the value, e.g. EUR, %, count, days, rating"),
  direction: directionSchema.optional(),
  aggregation: aggregationSchema.optional(),
  frequency: frequencySchema.optional(),
  categories: categoriesSchema,
  reporter: reporterSchema.default("manager"),
  balance: balanceSchema.optional(),
  family: roleFamilySchema.optional(),
  formula: text(1000).optional().describe("Formula over other KPI keys, documentation only"),
  dataSource: text(1000).optional(),
  ratingScale: kpiRatingScaleSchema.optional(),
  suggested: suggestedScoringSchema.optional(),
  archived: z.boolean().optional().describe("Kept for the versions that use it; not offered for new assignments"),
});

export const sectionSchema = z.strictObject({
  key: keySchema,
  name: text(100).min(1),
  weight: finite.describe("Percentage of the overall score; section weights sum to 100"),
});

export const assignmentSchema = z.strictObject({
  kpi: keySchema.describe("Key of the KPI definition"),
  weight: finite.describe("Percentage; the weights of a framework (or of a section) sum to 100"),
  section: keySchema.optional(),
  objectives: z.array(keySchema).max(20).default([]).describe("Keys of the objectives this KPI serves"),
  responsibility: keySchema.optional().describe("Key of the role responsibility this KPI measures"),
  scoring: scoringConfigSchema,
});

export const frameworkVersionStatusSchema = z.enum(["draft", "published"]);

export const roleFrameworkSchema = z.strictObject({
  role: keySchema.describe("Key of the role"),
  version: z.number().int().min(1).optional(),
  status: frameworkVersionStatusSchema.default("draft"),
  effectiveDate: z.iso.date().optional(),
  changelog: text(4000).optional(),
  missingData: missingDataPolicySchema.default("exclude"),
  sections: z.array(sectionSchema).max(10).default([]),
  assignments: z.array(assignmentSchema).max(50).default([]),
});

export const ratingBandSchema = z.strictObject({
  from: finite.describe("Lowest overall score of the band (1.0 = 100%)"),
  rating: finite,
  label: text(100).min(1),
});

export const DEFAULT_RATING_SCALE = [
  { from: 0, rating: 1, label: "Below expectations" },
  { from: 0.7, rating: 2, label: "Partially meets expectations" },
  { from: 0.9, rating: 3, label: "Meets expectations" },
  { from: 1.1, rating: 4, label: "Exceeds expectations" },
  { from: 1.25, rating: 5, label: "Outstanding" },
] as const;

export const lintSettingsSchema = z.strictObject({
  disabledRules: z.array(z.string().max(100)).max(100).default([]),
});

export const FRAMEWORK_FORMAT_VERSION = 1;

export const frameworkDocumentSchema = z.strictObject({
  yardstick: z.literal(FRAMEWORK_FORMAT_VERSION).default(FRAMEWORK_FORMAT_VERSION).describe("File format version"),
  organization: z.strictObject({ name: text(200).min(1) }).optional(),
  ratingScale: z.array(ratingBandSchema).max(20).optional(),
  lint: lintSettingsSchema.optional(),
  objectives: z.array(objectiveSchema).max(2000).default([]),
  orgUnits: z.array(orgUnitSchema).max(2000).default([]),
  roles: z.array(roleSchema).max(2000).default([]),
  kpis: z.array(kpiSchema).max(5000).default([]),
  frameworks: z.array(roleFrameworkSchema).max(5000).default([]),
});

export type Objective = z.infer<typeof objectiveSchema>;
export type OrgUnit = z.infer<typeof orgUnitSchema>;
export type Responsibility = z.infer<typeof responsibilitySchema>;
export type Role = z.infer<typeof roleSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type KpiRatingScale = z.infer<typeof kpiRatingScaleSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type RoleFramework = z.infer<typeof roleFrameworkSchema>;
export type RatingBand = z.infer<typeof ratingBandSchema>;
export type FrameworkDocument = z.infer<typeof frameworkDocumentSchema>;
/** The document as written by a person, before defaults are applied. */
export type FrameworkDocumentInput = z.input<typeof frameworkDocumentSchema>;
export type MissingDataPolicy = z.infer<typeof missingDataPolicySchema>;
