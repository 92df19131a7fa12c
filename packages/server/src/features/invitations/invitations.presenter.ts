import type { Row } from "../../db/database.js";
import type { InvitationRow } from "./invitations.repository.js";
import type { InvitationLookupResponse, InvitationResponse } from "./invitations.schemas.js";

export function presentInvitation(row: Row<"invitations">): InvitationResponse {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export function presentInvitationLookup(row: InvitationRow, hasAccount: boolean): InvitationLookupResponse {
  return {
    organization: { name: row.organizationName },
    email: row.email,
    name: row.name,
    role: row.role,
    expiresAt: row.expiresAt,
    hasAccount,
  };
}

/** The page that accepts an invitation; the token travels in the query string. */
export function acceptUrl(token: string): string {
  return `/accept-invite?token=${encodeURIComponent(token)}`;
}
