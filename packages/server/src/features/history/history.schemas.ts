import { z } from "zod";

export const historyParamsSchema = z.object({ roleId: z.uuid("must be a UUID") });

export const historyValuesSchema = z.object({
  kpis: z
    .record(
      z.string(),
      z.object({
        values: z
          .array(z.number())
          .describe("One aggregated value per person and closed cycle, ascending; no person is named"),
        cycles: z.number().int().describe("Closed cycles the values come from"),
        people: z.number().int().describe("Distinct people the values come from"),
      }),
    )
    .describe("Per KPI key; KPIs with fewer than 5 historical values are left out (too few to estimate)"),
});
export type HistoryValuesResponse = z.infer<typeof historyValuesSchema>;
