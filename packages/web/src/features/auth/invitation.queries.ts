import { queryOptions, useMutation } from "@tanstack/react-query";
import { api } from "../../api/api-client.js";
import type { Me } from "./session.types.js";

/** `GET /api/v1/invitations/lookup?token=`: who is invited, to which organization. */
export interface InvitationLookup {
  email: string;
  role: string;
  organization?: { name: string } | string;
  organizationName?: string;
  name?: string | null;
  expiresAt?: string;
}

export const invitationLookupQuery = (token: string) =>
  queryOptions({
    queryKey: ["invitation", token],
    queryFn: () => api.get<InvitationLookup>("/invitations/lookup", { query: { token }, allowUnauthorized: true }),
    retry: false,
    enabled: token.length > 0,
  });

export function invitationOrganizationName(lookup: InvitationLookup): string | undefined {
  if (typeof lookup.organization === "string") return lookup.organization;
  return lookup.organization?.name ?? lookup.organizationName;
}

export interface AcceptInvitationInput {
  token: string;
  password: string;
  name?: string;
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) =>
      api.post<Me | undefined>("/invitations/accept", input, { allowUnauthorized: true }),
  });
}
