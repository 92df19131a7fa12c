import { z } from "zod";

const ratingSchema = z.object({ value: z.number(), label: z.string() }).describe("Band of the organization's scale");

export const kpiScoreSchema = z.object({
  kpi: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  section: z.string().nullable(),
  aggregation: z.string().describe("How the cycle's values combine: sum, average, last, min, max, count"),
  method: z.string().describe("Scoring method: linear, ratio, range, binary, curve, bands, rating"),
  value: z.number().nullable().describe("Aggregated value; null without data"),
  target: z.number().nullable(),
  score: z.number().nullable().describe("1.0 = target met; null without data"),
  measurementCount: z.number().int(),
  weight: z.number().describe("Weight in the framework (percent)"),
  effectiveWeight: z.number().describe("Share after the missing-data policy (percent of its section or overall)"),
  contribution: z.number().describe("What this KPI adds to the overall score"),
  overridden: z.boolean().describe("A per-person target override applies"),
  explanation: z.array(z.string()),
});

export const scoreResponseSchema = z.object({
  scorecardId: z.string(),
  overall: z.number().nullable().describe("1.0 = 100%; null when no KPI counts"),
  rating: ratingSchema.nullable(),
  missingData: z.enum(["exclude", "zero"]),
  sections: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      score: z.number().nullable(),
      weight: z.number(),
      effectiveWeight: z.number(),
    }),
  ),
  kpis: z.array(kpiScoreSchema),
  explanation: z.array(z.string()).describe("Roll-up by weights, the missing-data policy and the rating, step by step"),
  computedAt: z.string(),
});
export type ScoreResponse = z.infer<typeof scoreResponseSchema>;

const periodPointSchema = z.object({
  period: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  value: z.number().nullable(),
  score: z.number().nullable(),
  measurementCount: z.number().int(),
});

const pastCyclePointSchema = z.object({
  cycleId: z.string(),
  cycleName: z.string(),
  startDate: z.string(),
  scorecardId: z.string(),
  value: z.number().nullable(),
  score: z.number().nullable(),
});

export const trendResponseSchema = z.object({
  scorecardId: z.string(),
  kpis: z.array(
    z.object({
      kpi: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
      periods: z.array(periodPointSchema).describe("This cycle, sub-period by sub-period (each scored on its own)"),
      pastCycles: z.array(pastCyclePointSchema).describe("The same person's earlier cycles, oldest first"),
    }),
  ),
  overall: z.object({
    current: z.number().nullable(),
    pastCycles: z.array(
      z.object({
        cycleId: z.string(),
        cycleName: z.string(),
        startDate: z.string(),
        scorecardId: z.string(),
        overall: z.number().nullable(),
        rating: ratingSchema.nullable(),
      }),
    ),
  }),
});
export type TrendResponse = z.infer<typeof trendResponseSchema>;

export const teamOverviewQuerySchema = z.strictObject({
  cycleId: z.uuid("must be a UUID"),
  managerEmployeeId: z.uuid("must be a UUID").optional().describe("Default: your own employee record"),
});

export const teamOverviewSchema = z.object({
  cycleId: z.string(),
  managerEmployeeId: z.string(),
  kpis: z.array(z.object({ kpi: z.string(), name: z.string(), unit: z.string().nullable() })),
  items: z.array(
    z.object({
      employeeId: z.string(),
      employeeName: z.string(),
      managerId: z.string().nullable(),
      direct: z.boolean().describe("Reports directly to the manager (else an indirect report)"),
      scorecardId: z.string().nullable().describe("null: no scorecard in this cycle"),
      scorecardStatus: z.string().nullable(),
      overall: z.number().nullable(),
      rating: ratingSchema.nullable(),
      kpis: z.array(z.object({ kpi: z.string(), value: z.number().nullable(), score: z.number().nullable() })),
      computedAt: z.string().nullable(),
    }),
  ),
});
export type TeamOverview = z.infer<typeof teamOverviewSchema>;

export const rollupQuerySchema = z.strictObject({
  cycleId: z.uuid("must be a UUID"),
  by: z.enum(["team", "org-unit", "organization"]).default("team"),
});

const rollupGroupSchema = z.object({
  key: z.string().nullable().describe("Manager id (team), org unit id, or null for no team/unit or the organization"),
  name: z.string(),
  scorecards: z.number().int().describe("Scorecards counted (superseded ones are not)"),
  scored: z.number().int().describe("Scorecards with an overall score"),
  averageOverall: z.number().nullable().describe("Mean overall of the scored scorecards"),
  rating: ratingSchema.nullable().describe("The average rated on the organization's scale"),
});

export const rollupResponseSchema = z.object({
  cycleId: z.string(),
  by: z.enum(["team", "org-unit", "organization"]),
  groups: z.array(rollupGroupSchema),
});
export type RollupResponse = z.infer<typeof rollupResponseSchema>;

export const scorecardScoreParamsSchema = z.object({ id: z.uuid("must be a UUID") });
