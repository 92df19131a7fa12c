import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type { MembershipRole } from "../auth/session.types.js";
import { membersQuery } from "../people/people.queries.js";
import type { Member } from "../people/person.types.js";
import type { CreatedInvitation, Invitation, InvitationInput } from "./invitation.types.js";

export const invitationsQuery = queryOptions({
  queryKey: ["invitations"],
  queryFn: () => api.get<ListResponse<Invitation>>("/invitations"),
  select: (data) => data.items,
});

function useInvalidateMembers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersQuery.queryKey }),
      // The organization's member count on the settings page.
      queryClient.invalidateQueries({ queryKey: ["organization"] }),
    ]);
}

/** Changes a member's role; the server refuses to demote the last active admin (409 with its reason). */
export function useChangeMemberRole() {
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: MembershipRole }) => api.patch<Member>(`/users/${id}`, { role }),
    onSettled: invalidate,
  });
}

export function useSetMemberActive() {
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post<Member>(`/users/${id}/${active ? "reactivate" : "deactivate"}`),
    onSuccess: invalidate,
  });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) => api.post<CreatedInvitation>("/invitations", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQuery.queryKey }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/invitations/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQuery.queryKey }),
  });
}
