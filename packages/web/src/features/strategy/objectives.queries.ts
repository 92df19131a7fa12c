import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type { CreateObjectiveInput, Objective, UpdateObjectiveInput } from "./objective.types.js";

export const objectivesQuery = (includeArchived: boolean) =>
  queryOptions({
    queryKey: ["objectives", { includeArchived }],
    queryFn: () => api.get<ListResponse<Objective>>("/objectives", { query: { includeArchived } }),
    select: (data) => data.items,
  });

function useInvalidateObjectives() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["objectives"] });
}

export function useCreateObjective() {
  const invalidate = useInvalidateObjectives();
  return useMutation({
    mutationFn: (input: CreateObjectiveInput) => api.post<Objective>("/objectives", input),
    onSuccess: invalidate,
  });
}

export function useUpdateObjective() {
  const invalidate = useInvalidateObjectives();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateObjectiveInput & { id: string }) =>
      api.patch<Objective>(`/objectives/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useArchiveObjective() {
  const invalidate = useInvalidateObjectives();
  return useMutation({
    mutationFn: ({ id, archived, cascade }: { id: string; archived: boolean; cascade?: boolean }) =>
      archived
        ? api.post<Objective>(`/objectives/${id}/archive`, undefined, { query: { cascade: cascade || undefined } })
        : api.post<Objective>(`/objectives/${id}/unarchive`),
    onSuccess: invalidate,
  });
}

export function useDeleteObjective() {
  const invalidate = useInvalidateObjectives();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/objectives/${id}`),
    onSuccess: invalidate,
  });
}
