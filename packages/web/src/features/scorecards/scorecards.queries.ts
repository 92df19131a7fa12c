import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type {
  MeasurementList,
  NewMeasurement,
  RecordMeasurementResponse,
  ScorecardTrend,
} from "./measurement.types.js";
import type {
  CreateOverrideInput,
  ScorecardDetail,
  ScorecardScore,
  ScorecardSummary,
  TargetOverride,
} from "./scorecard.types.js";

export interface ScorecardFilters {
  cycleId?: string;
  employeeId?: string;
}

export const scorecardsQuery = (filters: ScorecardFilters = {}) =>
  queryOptions({
    queryKey: ["scorecards", "list", filters],
    queryFn: () => api.get<ListResponse<ScorecardSummary>>("/scorecards", { query: { ...filters } }),
    select: (data) => data.items,
  });

// Everything about one scorecard sits under ["scorecards", "item", id] so a write refreshes it all.
const itemKey = (id: string) => ["scorecards", "item", id] as const;

export const scorecardQuery = (id: string) =>
  queryOptions({ queryKey: [...itemKey(id), "detail"], queryFn: () => api.get<ScorecardDetail>(`/scorecards/${id}`) });

export const scorecardScoreQuery = (id: string) =>
  queryOptions({
    queryKey: [...itemKey(id), "score"],
    queryFn: () => api.get<ScorecardScore>(`/scorecards/${id}/score`),
  });

export const measurementsQuery = (id: string) =>
  queryOptions({
    queryKey: [...itemKey(id), "measurements"],
    queryFn: () => api.get<MeasurementList>(`/scorecards/${id}/measurements`),
  });

export const trendQuery = (id: string) =>
  queryOptions({
    queryKey: [...itemKey(id), "trend"],
    queryFn: () => api.get<ScorecardTrend>(`/scorecards/${id}/trend`),
  });

/** After a write to a scorecard: its score, values and trend change, and so do team views. */
export function useInvalidateScorecard() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: itemKey(id) }),
      queryClient.invalidateQueries({ queryKey: ["team"] }),
    ]);
}

/** Records a value for one scorecard and shows the score the server sends back at once. */
export function postMeasurement(scorecardId: string, input: NewMeasurement) {
  return api.post<RecordMeasurementResponse>(`/scorecards/${scorecardId}/measurements`, input);
}

export function useReportValue(scorecardId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateScorecard();
  return useMutation({
    mutationFn: (input: NewMeasurement) => postMeasurement(scorecardId, input),
    onSuccess: (result) => {
      queryClient.setQueryData(scorecardScoreQuery(scorecardId).queryKey, result.score);
      return invalidate(scorecardId);
    },
  });
}

export function useAddOverride(scorecardId: string) {
  const invalidate = useInvalidateScorecard();
  return useMutation({
    mutationFn: (input: CreateOverrideInput) => api.post<TargetOverride>(`/scorecards/${scorecardId}/overrides`, input),
    onSuccess: () => invalidate(scorecardId),
  });
}
