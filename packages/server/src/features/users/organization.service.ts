import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { notFound } from "../../http/http-errors.js";
import { presentOrganization } from "./organization.presenter.js";
import { findOrganizationWithMemberCount, renameOrganization } from "./organization.repository.js";
import type { OrganizationResponse } from "./organization.schemas.js";

/** The caller's own organization: its name and size. */
export class OrganizationService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(organizationId: string): Promise<OrganizationResponse> {
    return this.load(this.db, organizationId);
  }

  async rename(organizationId: string, name: string): Promise<OrganizationResponse> {
    return this.db.transaction().execute(async (trx) => {
      await renameOrganization(trx, organizationId, name);
      return this.load(trx, organizationId);
    });
  }

  private async load(db: Executor, organizationId: string): Promise<OrganizationResponse> {
    const row = await findOrganizationWithMemberCount(db, organizationId);
    if (!row) throw notFound("Organization");
    return presentOrganization(row);
  }
}
