import type { Kysely } from "kysely";
import type { Database, MembershipRole } from "../../db/database.js";
import { type Executor, nowIso } from "../../db/executor.js";
import { conflict, notFound } from "../../http/http-errors.js";
import type { AuthContext } from "../auth/auth-context.js";
import { deleteSessionsOfMembership } from "../auth/session.repository.js";
import { presentUser } from "./users.presenter.js";
import {
  countActiveAdmins,
  countActiveMembershipsOfUser,
  findMember,
  listMembers,
  lockOrganization,
  type MemberRow,
  setMemberDisabledAt,
  setUserDisabledAt,
  updateMemberRole,
} from "./users.repository.js";
import type { UserResponse } from "./users.schemas.js";

type Caller = Pick<AuthContext, "organizationId" | "userId">;

/** Members of an organization: roles, deactivation. Keeps at least one active admin. */
export class UsersService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(organizationId: string): Promise<UserResponse[]> {
    return (await listMembers(this.db, organizationId)).map(presentUser);
  }

  async changeRole(caller: Caller, userId: string, role: MembershipRole): Promise<UserResponse> {
    return this.db.transaction().execute(async (trx) => {
      await lockOrganization(trx, caller.organizationId);
      const member = await this.memberOrThrow(trx, caller.organizationId, userId);
      if (member.role === "admin" && role !== "admin") {
        await this.assertNotLastAdmin(trx, caller.organizationId, member, "change the role of");
      }
      await updateMemberRole(trx, caller.organizationId, userId, role);
      return presentUser({ ...member, role });
    });
  }

  /** Ends the user's sessions in this organization; their records and history stay. */
  async deactivate(caller: Caller, userId: string): Promise<UserResponse> {
    return this.db.transaction().execute(async (trx) => {
      await lockOrganization(trx, caller.organizationId);
      const member = await this.memberOrThrow(trx, caller.organizationId, userId);
      if (member.disabledAt) return presentUser(member);
      if (member.role === "admin") await this.assertNotLastAdmin(trx, caller.organizationId, member, "deactivate");
      const disabledAt = nowIso();
      await setMemberDisabledAt(trx, caller.organizationId, userId, disabledAt);
      await deleteSessionsOfMembership(trx, userId, caller.organizationId);
      if ((await countActiveMembershipsOfUser(trx, userId)) === 0) await setUserDisabledAt(trx, userId, disabledAt);
      return presentUser({ ...member, disabledAt });
    });
  }

  async reactivate(caller: Caller, userId: string): Promise<UserResponse> {
    return this.db.transaction().execute(async (trx) => {
      const member = await this.memberOrThrow(trx, caller.organizationId, userId);
      if (!member.disabledAt) return presentUser(member);
      await setMemberDisabledAt(trx, caller.organizationId, userId, null);
      await setUserDisabledAt(trx, userId, null);
      return presentUser({ ...member, disabledAt: null });
    });
  }

  private async memberOrThrow(db: Executor, organizationId: string, userId: string): Promise<MemberRow> {
    const member = await findMember(db, organizationId, userId);
    if (!member) throw notFound("User");
    return member;
  }

  private async assertNotLastAdmin(
    db: Executor,
    organizationId: string,
    member: MemberRow,
    action: string,
  ): Promise<void> {
    if (member.disabledAt) return;
    if ((await countActiveAdmins(db, organizationId)) <= 1) {
      throw conflict(
        `Cannot ${action} ${member.name}: they are the last active admin of this organization. ` +
          "Make another member admin first.",
      );
    }
  }
}
