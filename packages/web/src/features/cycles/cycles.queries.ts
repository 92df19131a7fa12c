import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type { CreateCycleInput, Cycle, OpenCycleResult } from "./cycle.types.js";

/** Every review cycle, newest first. */
export const cyclesQuery = queryOptions({
  queryKey: ["cycles", "list"],
  queryFn: () => api.get<ListResponse<Cycle>>("/cycles"),
  select: (data) => data.items,
});

export const cycleQuery = (id: string) =>
  queryOptions({
    queryKey: ["cycles", "detail", id],
    queryFn: () => api.get<Cycle>(`/cycles/${id}`),
  });

function useInvalidateCycles() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["cycles"] }),
      queryClient.invalidateQueries({ queryKey: ["scorecards"] }),
      queryClient.invalidateQueries({ queryKey: ["team"] }),
    ]);
}

export function useCreateCycle() {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (input: CreateCycleInput) => api.post<Cycle>("/cycles", input),
    onSuccess: invalidate,
  });
}

export function useOpenCycle() {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (id: string) => api.post<OpenCycleResult>(`/cycles/${id}/open`),
    onSuccess: invalidate,
  });
}

export function useCloseCycle() {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (id: string) => api.post<Cycle>(`/cycles/${id}/close`),
    onSuccess: invalidate,
  });
}
