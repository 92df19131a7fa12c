import type { KpiHealthReport } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import type { KpiHealthResponse } from "./kpi-health.schemas.js";
import type { RoleAccumulator } from "./kpi-health.service.js";

/** The report as the API presents it; `roles` are the report's input roles, in the same order. */
export function presentKpiHealth(
  cycle: Pick<Row<"review_cycles">, "id" | "name" | "status">,
  roles: readonly RoleAccumulator[],
  report: KpiHealthReport,
): KpiHealthResponse {
  return {
    cycle: { id: cycle.id, name: cycle.name, status: cycle.status },
    final: cycle.status === "closed",
    roles: report.roles.flatMap((role, index) => {
      const source = roles[index];
      if (!source) return [];
      return [
        {
          roleId: source.roleId,
          roleKey: role.role,
          roleTitle: role.title,
          scorecards: source.scorecards,
          flagged: role.flagged,
          kpis: role.kpis.map((k) => ({
            kpi: k.kpi,
            name: k.name,
            unit: source.kpis.get(k.kpi)?.unit ?? null,
            status: k.status,
            findings: k.findings,
            counts: k.counts,
            reachShare: k.reachShare,
            liveObjectives: k.liveObjectives,
          })),
        },
      ];
    }),
    summary: report.summary,
  };
}
