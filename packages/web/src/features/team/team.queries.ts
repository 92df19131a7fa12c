import { queryOptions } from "@tanstack/react-query";
import { api } from "../../api/api-client.js";
import type { TeamOverview } from "./team.types.js";

export const teamOverviewQuery = (cycleId: string, managerEmployeeId?: string) =>
  queryOptions({
    queryKey: ["team", "overview", cycleId, managerEmployeeId ?? "me"],
    queryFn: () => api.get<TeamOverview>("/teams/overview", { query: { cycleId, managerEmployeeId } }),
  });
