import { queryOptions } from "@tanstack/react-query";
import { api } from "../../api/api-client.js";
import type { HistoryValues, KpiHealth } from "./kpi-health.types.js";

/** Past results of a role's KPIs (hr/admin only): the input of the editor's realism line. */
export const historyValuesQuery = (roleId: string) =>
  queryOptions({
    queryKey: ["frameworks", roleId, "history-values"],
    queryFn: () => api.get<HistoryValues>(`/roles/${roleId}/framework/history-values`),
    // Closed cycles do not change while someone edits a draft.
    staleTime: 5 * 60_000,
  });

/** The KPI health report of a cycle (hr/admin only). */
export const kpiHealthQuery = (cycleId: string) =>
  queryOptions({
    queryKey: ["cycles", "kpi-health", cycleId],
    queryFn: () => api.get<KpiHealth>(`/cycles/${cycleId}/kpi-health`),
  });
