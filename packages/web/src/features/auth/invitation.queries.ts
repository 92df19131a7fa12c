import { queryOptions, useMutation } from "@tanstack/react-query";
import { api } from "../../api/api-client.js";
import type { Me } from "./session.types.js";

/** `GET /api/v1/invitations/lookup?token=`: who is invited, to which organization. */
export interface InvitationLookup {
  organization: { name: string };
  email: string;
  name: string;
  role: string;
  expiresAt: string;
  /** The email already has an account: accepting asks for its current password instead of a new one. */
  hasAccount: boolean;
}

export const invitationLookupQuery = (token: string) =>
  queryOptions({
    queryKey: ["invitation", token],
    queryFn: () => api.get<InvitationLookup>("/invitations/lookup", { query: { token }, allowUnauthorized: true }),
    retry: false,
    enabled: token.length > 0,
  });

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
