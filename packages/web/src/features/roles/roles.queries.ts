import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type { CreateRoleInput, Role, RoleDetail, RoleFilters, UpdateRoleInput } from "./role.types.js";

export const rolesQuery = (filters: RoleFilters = {}) =>
  queryOptions({
    queryKey: ["roles", "list", filters],
    queryFn: () => api.get<ListResponse<Role>>("/roles", { query: { ...filters } }),
    select: (data) => data.items,
    placeholderData: (previous) => previous,
  });

export const roleQuery = (id: string) =>
  queryOptions({
    queryKey: ["roles", "detail", id],
    queryFn: () => api.get<RoleDetail>(`/roles/${id}`),
  });

function useInvalidateRoles() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["roles"] });
}

export function useCreateRole() {
  const invalidate = useInvalidateRoles();
  return useMutation({
    mutationFn: (input: CreateRoleInput) => api.post<Role>("/roles", input),
    onSuccess: invalidate,
  });
}

export function useUpdateRole() {
  const invalidate = useInvalidateRoles();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateRoleInput & { id: string }) => api.patch<Role>(`/roles/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/roles/${id}`),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: ["roles", "detail", id] });
      return queryClient.invalidateQueries({ queryKey: ["roles", "list"] });
    },
  });
}
