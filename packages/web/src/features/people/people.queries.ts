import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type {
  CreatePersonInput,
  Member,
  OrgChartNode,
  Person,
  PersonWithChanges,
  UpdatePersonInput,
} from "./person.types.js";

/** Everyone the caller may see, leavers included (the page filters). */
export const peopleQuery = queryOptions({
  queryKey: ["people", "list"],
  queryFn: () => api.get<ListResponse<Person>>("/people", { query: { includeInactive: true } }),
  select: (data) => data.items,
});

export const orgChartQuery = queryOptions({
  queryKey: ["people", "org-chart"],
  queryFn: () => api.get<ListResponse<OrgChartNode>>("/people/org-chart"),
  select: (data) => data.items,
});

/** Member accounts, for linking a person to the account they sign in with (admin and hr only). */
export const membersQuery = queryOptions({
  queryKey: ["users"],
  queryFn: () => api.get<ListResponse<Member>>("/users"),
  select: (data) => data.items,
});

// A people change can create, supersede or end scorecards: refresh those views too.
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["people"] }),
      queryClient.invalidateQueries({ queryKey: ["scorecards"] }),
      queryClient.invalidateQueries({ queryKey: ["team"] }),
    ]);
}

export function useCreatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: CreatePersonInput) => api.post<PersonWithChanges>("/people", input),
    onSuccess: invalidate,
  });
}

export function useUpdatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdatePersonInput & { id: string }) =>
      api.patch<PersonWithChanges>(`/people/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useDeactivatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, endDate }: { id: string; endDate?: string }) =>
      api.post<PersonWithChanges>(`/people/${id}/deactivate`, endDate ? { endDate } : {}),
    onSuccess: invalidate,
  });
}

export function useLinkUser() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, userId }: { id: string; userId: string | null }) =>
      api.post<Person>(`/people/${id}/link-user`, { userId }),
    onSuccess: invalidate,
  });
}
