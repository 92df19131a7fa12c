import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type { CreateOrgUnitInput, OrgUnit, UpdateOrgUnitInput } from "./org-unit.types.js";

export const orgUnitsQuery = queryOptions({
  queryKey: ["org-units"],
  queryFn: () => api.get<ListResponse<OrgUnit>>("/org-units"),
  select: (data) => data.items,
});

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["org-units"] });
}

export function useCreateOrgUnit() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateOrgUnitInput) => api.post<OrgUnit>("/org-units", input),
    onSuccess: invalidate,
  });
}

export function useUpdateOrgUnit() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateOrgUnitInput & { id: string }) =>
      api.patch<OrgUnit>(`/org-units/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteOrgUnit() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/org-units/${id}`),
    onSuccess: invalidate,
  });
}
