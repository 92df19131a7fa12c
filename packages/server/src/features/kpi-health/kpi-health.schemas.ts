import { z } from "zod";
import { cycleStatusSchema } from "../cycles/cycles.schemas.js";

export const kpiHealthParamsSchema = z.object({ id: z.uuid("must be a UUID") });

const kindSchema = z
  .enum(["too-easy", "unrealistic", "no-data", "orphaned"])
  .describe(
    "too-easy: more than 90% reached the target; unrealistic: fewer than 10% did; no-data: no values at all; " +
      "orphaned: not linked to a live (existing, not archived) objective",
  );

export const kpiHealthResponseSchema = z.object({
  cycle: z.object({ id: z.string(), name: z.string(), status: cycleStatusSchema }),
  final: z.boolean().describe("True once the cycle is closed; while it is open the report is 'so far'"),
  roles: z.array(
    z.object({
      roleId: z.string(),
      roleKey: z.string(),
      roleTitle: z.string(),
      scorecards: z.number().int(),
      flagged: z.number().int().describe("KPIs of the role with at least one finding"),
      kpis: z.array(
        z.object({
          kpi: z.string(),
          name: z.string(),
          unit: z.string().nullable(),
          status: z.enum(["ok", "flagged"]),
          findings: z.array(z.object({ kind: kindSchema, message: z.string(), recommendation: z.string() })),
          counts: z.object({
            scorecards: z.number().int().describe("Scorecards that carried the KPI"),
            withValue: z.number().int(),
            scored: z.number().int(),
            reached: z.number().int().describe("Scored results at or above the target (score ≥ 100%)"),
          }),
          reachShare: z.number().nullable().describe("reached / scored, 0..1"),
          liveObjectives: z.array(z.string()).describe("Keys of the linked objectives that are still live"),
        }),
      ),
    }),
  ),
  summary: z.object({
    kpis: z.number().int(),
    ok: z.number().int(),
    flagged: z.number().int(),
    byKind: z.object({
      "too-easy": z.number().int(),
      unrealistic: z.number().int(),
      "no-data": z.number().int(),
      orphaned: z.number().int(),
    }),
  }),
});
export type KpiHealthResponse = z.infer<typeof kpiHealthResponseSchema>;
