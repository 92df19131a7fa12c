import type { MembershipRole } from "../auth/session.types.js";

/** `GET /api/v1/invitations` item: a pending invitation. */
export interface Invitation {
  id: string;
  email: string;
  name: string;
  role: MembershipRole;
  createdAt: string;
  expiresAt: string;
}

/** `POST /api/v1/invitations`: the invitation plus its accept link, which the server shows only this once. */
export interface CreatedInvitation extends Invitation {
  acceptUrl: string;
}

export interface InvitationInput {
  email: string;
  name: string;
  role: MembershipRole;
}
