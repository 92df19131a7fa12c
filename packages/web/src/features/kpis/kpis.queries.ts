import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type { Kpi, KpiDetail, KpiFilters, KpiInput } from "./kpi.types.js";

export const kpisQuery = (filters: KpiFilters = {}) =>
  queryOptions({
    queryKey: ["kpis", "list", filters],
    queryFn: () => api.get<ListResponse<Kpi>>("/kpis", { query: { ...filters } }),
    select: (data) => data.items,
    placeholderData: (previous) => previous,
  });

export const kpiQuery = (id: string) =>
  queryOptions({
    queryKey: ["kpis", "detail", id],
    queryFn: () => api.get<KpiDetail>(`/kpis/${id}`),
  });

function useInvalidateKpis() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["kpis"] });
}

export function useCreateKpi() {
  const invalidate = useInvalidateKpis();
  return useMutation({
    mutationFn: (input: KpiInput) => api.post<Kpi>("/kpis", input),
    onSuccess: invalidate,
  });
}

export function useUpdateKpi() {
  const invalidate = useInvalidateKpis();
  return useMutation({
    mutationFn: ({ id, ...input }: Partial<KpiInput> & { id: string }) => api.patch<Kpi>(`/kpis/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useArchiveKpi() {
  const invalidate = useInvalidateKpis();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      api.post<Kpi>(`/kpis/${id}/${archived ? "archive" : "unarchive"}`),
    onSuccess: invalidate,
  });
}

export function useDeleteKpi() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/kpis/${id}`),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: ["kpis", "detail", id] });
      return queryClient.invalidateQueries({ queryKey: ["kpis", "list"] });
    },
  });
}
