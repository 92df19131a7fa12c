import {
  aggregationSchema,
  assignmentSchema,
  directionSchema,
  focusSchema,
  frequencySchema,
  kindSchema,
  kpiRatingScaleSchema,
  missingDataPolicySchema,
  reporterSchema,
  roleFrameworkSchema,
  sectionSchema,
  timingSchema,
} from "@yardstick/core";
import { z } from "zod";
import type { Row } from "../../db/database.js";

/** A KPI definition as it was when the scorecard was made: everything scoring and reporting need. */
export const snapshotKpiSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  unit: z.string().nullable(),
  direction: directionSchema.nullable(),
  aggregation: aggregationSchema.nullable(),
  frequency: frequencySchema.nullable(),
  reporter: reporterSchema,
  kind: kindSchema,
  timing: timingSchema,
  focus: focusSchema,
  ratingScale: kpiRatingScaleSchema.nullable(),
});
export type SnapshotKpi = z.infer<typeof snapshotKpiSchema>;

/**
 * Everything a scorecard is scored from, frozen when the scorecard is made: the role, the
 * published framework version (policy, sections, assignments with their scoring) and the KPI
 * definitions it uses. Scoring runs from this plus the target overrides, never from live records.
 */
export const scorecardSnapshotSchema = z.object({
  role: z.object({ id: z.string(), key: z.string(), title: z.string() }),
  framework: z.object({
    versionId: z.string(),
    version: z.number().int(),
    effectiveDate: z.string().nullable(),
    missingData: missingDataPolicySchema,
    sections: z.array(sectionSchema),
    assignments: z.array(assignmentSchema),
  }),
  kpis: z.array(snapshotKpiSchema),
});
export type ScorecardSnapshot = z.infer<typeof scorecardSnapshotSchema>;

const frameworkContentSchema = roleFrameworkSchema.pick({ missingData: true, sections: true, assignments: true });

/** The stored content of a published version; null when it cannot be read (never guessed). */
export function parseFrameworkContent(json: string): z.infer<typeof frameworkContentSchema> | null {
  try {
    const parsed = frameworkContentSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const kpiDetailsSchema = z.object({ ratingScale: kpiRatingScaleSchema.optional().catch(undefined) }).catch({});

function enumOrNull<T extends z.ZodType>(schema: T, value: string | null): z.infer<T> | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A KPI row frozen into its snapshot shape; values outside the model's enums read as null/defaults. */
export function snapshotKpi(row: Row<"kpis">): SnapshotKpi {
  let details: unknown = {};
  try {
    details = JSON.parse(row.details);
  } catch {
    details = {};
  }
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    unit: row.unit,
    direction: enumOrNull(directionSchema, row.direction),
    aggregation: enumOrNull(aggregationSchema, row.aggregation),
    frequency: enumOrNull(frequencySchema, row.frequency),
    reporter: enumOrNull(reporterSchema, row.reporter) ?? "manager",
    kind: enumOrNull(kindSchema, row.kind) ?? "quantitative",
    timing: enumOrNull(timingSchema, row.timing) ?? "lagging",
    focus: enumOrNull(focusSchema, row.focus) ?? "performance",
    ratingScale: kpiDetailsSchema.parse(details).ratingScale ?? null,
  };
}

/** Builds the snapshot of a published version for a role, with the KPIs its assignments use. */
export function buildSnapshot(input: {
  role: { id: string; key: string; title: string };
  version: Row<"framework_versions">;
  content: NonNullable<ReturnType<typeof parseFrameworkContent>>;
  kpis: readonly Row<"kpis">[];
}): ScorecardSnapshot {
  const used = new Set(input.content.assignments.map((a) => a.kpi));
  return {
    role: input.role,
    framework: {
      versionId: input.version.id,
      version: input.version.version,
      effectiveDate: input.version.effective_date,
      missingData: input.content.missingData,
      sections: input.content.sections,
      assignments: input.content.assignments,
    },
    kpis: input.kpis.filter((k) => used.has(k.key)).map(snapshotKpi),
  };
}

/** Reads a stored snapshot. It was validated when written; a damaged one is a server error, not a guess. */
export function parseSnapshot(json: string): ScorecardSnapshot {
  return scorecardSnapshotSchema.parse(JSON.parse(json));
}
