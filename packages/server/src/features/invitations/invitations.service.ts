import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { newId, nowIso } from "../../db/executor.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { badRequest, conflict, gone, HttpError, notFound, unauthorized } from "../../http/http-errors.js";
import { findUserByEmail, insertMembership, insertUser } from "../auth/account.repository.js";
import { passwordSchema } from "../auth/auth.schemas.js";
import type { AuthService, NewSession } from "../auth/auth.service.js";
import type { AuthContext } from "../auth/auth-context.js";
import type { LoginThrottle } from "../auth/login-throttle.js";
import { hashPassword, verifyPassword } from "../auth/password.js";
import { hashToken, newToken } from "../auth/token.js";
import { setUserDisabledAt } from "../users/users.repository.js";
import { acceptUrl, presentInvitation, presentInvitationLookup } from "./invitations.presenter.js";
import {
  deletePendingInvitation,
  findInvitationByTokenHash,
  findPendingInvitationForEmail,
  type InvitationRow,
  insertInvitation,
  isMemberByEmail,
  listPendingInvitations,
  markInvitationAccepted,
} from "./invitations.repository.js";
import type {
  AcceptInvitationBody,
  CreatedInvitationResponse,
  CreateInvitationBody,
  InvitationLookupResponse,
  InvitationResponse,
} from "./invitations.schemas.js";

export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

const UNKNOWN_LINK =
  "This invitation link is not valid (it may have been revoked). Ask your admin for a new invitation.";
const USED_LINK = "This invitation has already been used. Sign in with your email and password instead.";
const expiredLink = (expiresAt: string) =>
  `This invitation expired on ${expiresAt.slice(0, 10)}. Ask your admin to send a new one.`;

/** Invitations into an organization: created by admins, accepted through a one-time link. */
export class InvitationsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
  ) {}

  async create(caller: Pick<AuthContext, "organizationId" | "userId">, input: CreateInvitationBody) {
    const token = newToken();
    const now = new Date();
    const row = {
      id: newId(),
      organization_id: caller.organizationId,
      email: input.email,
      name: input.name,
      role: input.role,
      token_hash: hashToken(token),
      invited_by: caller.userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
      accepted_at: null,
    };
    await this.db.transaction().execute(async (trx) => {
      if (await isMemberByEmail(trx, caller.organizationId, input.email)) {
        throw conflict(`${input.email} is already a member of this organization (reactivate them if deactivated).`, [
          { path: "email", message: "is already a member" },
        ]);
      }
      if (await findPendingInvitationForEmail(trx, caller.organizationId, input.email, row.created_at)) {
        throw conflict(`${input.email} already has a pending invitation. Revoke it first to send a new one.`, [
          { path: "email", message: "already has a pending invitation" },
        ]);
      }
      await insertInvitation(trx, row);
    });
    return { ...presentInvitation(row), acceptUrl: acceptUrl(token) } satisfies CreatedInvitationResponse;
  }

  async listPending(organizationId: string): Promise<InvitationResponse[]> {
    return (await listPendingInvitations(this.db, organizationId, nowIso())).map(presentInvitation);
  }

  async revoke(organizationId: string, id: string): Promise<void> {
    if (!(await deletePendingInvitation(this.db, organizationId, id))) throw notFound("Pending invitation");
  }

  /** What the accept page shows. Every unusable link answers 404, with a message saying why. */
  async lookup(token: string): Promise<InvitationLookupResponse> {
    const invitation = await this.findUsable(token, notFoundWith);
    const hasAccount = (await findUserByEmail(this.db, invitation.email)) !== undefined;
    return presentInvitationLookup(invitation, hasAccount);
  }

  /**
   * Joins the organization and signs in. A new email gets an account with the given password;
   * an email that already has an account must prove it with that account's password.
   */
  async accept(input: AcceptInvitationBody): Promise<NewSession> {
    const invitation = await this.findUsable(input.token, gone);
    const existing = await findUserByEmail(this.db, invitation.email);
    let passwordHash = "";
    if (existing) {
      await this.verifyExistingPassword(invitation, existing.password_hash, input.password);
    } else {
      const checked = passwordSchema.safeParse(input.password);
      if (!checked.success) {
        const message = checked.error.issues[0]?.message ?? "is invalid";
        throw badRequest(`Invalid body: password ${message}`, [{ path: "password", message }]);
      }
      passwordHash = await hashPassword(input.password);
    }

    const userId = await this.db
      .transaction()
      .execute(async (trx) => {
        const now = nowIso();
        if (!(await markInvitationAccepted(trx, invitation.organizationId, invitation.id, now))) throw gone(USED_LINK);
        if (await isMemberByEmail(trx, invitation.organizationId, invitation.email)) {
          throw conflict(`You are already a member of ${invitation.organizationName}. Sign in instead.`);
        }
        let id: string;
        if (existing) {
          id = existing.id;
          // The account-wide flag only mirrors "no active membership left"; this one will be active.
          if (existing.disabled_at) await setUserDisabledAt(trx, id, null);
        } else {
          id = newId();
          await insertUser(trx, {
            id,
            email: invitation.email,
            name: input.name ?? invitation.name,
            password_hash: passwordHash,
            created_at: now,
            disabled_at: null,
          });
        }
        await insertMembership(trx, {
          id: newId(),
          organization_id: invitation.organizationId,
          user_id: id,
          role: invitation.role,
          created_at: now,
        });
        return id;
      })
      .catch((error: unknown) => {
        // Two invitations for one new email accepted at the same moment: the second insert loses.
        if (isUniqueViolation(error)) {
          throw conflict(`An account for ${invitation.email} was just created. Sign in, then open this link again.`);
        }
        throw error;
      });
    return this.auth.startSession(userId, invitation.organizationId);
  }

  private async findUsable(token: string, unusable: (message: string) => HttpError): Promise<InvitationRow> {
    const invitation = await findInvitationByTokenHash(this.db, hashToken(token));
    if (!invitation) throw notFoundWith(UNKNOWN_LINK);
    if (invitation.acceptedAt) throw unusable(USED_LINK);
    if (invitation.expiresAt <= nowIso()) throw unusable(expiredLink(invitation.expiresAt));
    return invitation;
  }

  private async verifyExistingPassword(invitation: InvitationRow, passwordHash: string, password: string) {
    this.throttle.assertNotLocked(invitation.email);
    if (!(await verifyPassword(passwordHash, password))) {
      this.throttle.recordFailure(invitation.email);
      throw unauthorized(
        `${invitation.email} already has a Yardstick account. Enter that account's current password to join ${invitation.organizationName}.`,
      );
    }
    this.throttle.recordSuccess(invitation.email);
  }
}

function notFoundWith(message: string): HttpError {
  return new HttpError(404, "not_found", message);
}
