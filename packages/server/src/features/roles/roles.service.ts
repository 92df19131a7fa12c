import type { Kysely } from "kysely";
import type { Database, RowUpdate } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { badRequest, conflict, notFound } from "../../http/http-errors.js";
import { findOrgUnit } from "../org-units/org-units.repository.js";
import { listFrameworkReferences } from "./framework-references.repository.js";
import { describeVersions } from "./framework-references.rule.js";
import { presentRole, presentVersionSummary, readResponsibilities } from "./roles.presenter.js";
import {
  deleteRoleWithVersions,
  findRole,
  insertRole,
  listRoles,
  listRoleVersions,
  updateRole,
} from "./roles.repository.js";
import type { CreateRoleInput, ListRolesQuery, RoleDetail, UpdateRoleInput } from "./roles.schemas.js";

export class RolesService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(organizationId: string, filter: ListRolesQuery) {
    return { items: (await listRoles(this.db, organizationId, filter)).map(presentRole) };
  }

  /** The role with its org unit and where its framework stands (latest and latest published version). */
  async get(organizationId: string, id: string): Promise<RoleDetail> {
    return this.detail(this.db, organizationId, id);
  }

  async create(organizationId: string, input: CreateRoleInput): Promise<RoleDetail> {
    return this.db.transaction().execute(async (trx) => {
      if (input.orgUnitId) await checkOrgUnit(trx, organizationId, input.orgUnitId);
      const now = nowIso();
      const id = newId();
      const inserted = await insertRole(trx, {
        id,
        organization_id: organizationId,
        key: input.key,
        title: input.title,
        family: input.family ?? null,
        org_unit_id: input.orgUnitId ?? null,
        description: input.description ?? null,
        responsibilities: JSON.stringify(input.responsibilities),
        expected_outcomes: JSON.stringify(input.expectedOutcomes),
        created_at: now,
        updated_at: now,
      });
      if (!inserted) {
        const message = `"${input.key}" is already used by another role in your organization; choose another key`;
        throw conflict(`key ${message}.`, [{ path: "key", message }]);
      }
      return this.detail(trx, organizationId, id);
    });
  }

  async update(organizationId: string, id: string, input: UpdateRoleInput): Promise<RoleDetail> {
    return this.db.transaction().execute(async (trx) => {
      const role = await this.load(trx, organizationId, id);
      if (input.orgUnitId) await checkOrgUnit(trx, organizationId, input.orgUnitId);
      const changes: RowUpdate<"roles"> = { updated_at: nowIso() };
      if (input.responsibilities !== undefined) {
        await checkRemovedResponsibilities(trx, organizationId, role, input.responsibilities);
        changes.responsibilities = JSON.stringify(input.responsibilities);
      }
      if (input.title !== undefined) changes.title = input.title;
      if (input.family !== undefined) changes.family = input.family;
      if (input.orgUnitId !== undefined) changes.org_unit_id = input.orgUnitId;
      if (input.description !== undefined) changes.description = input.description;
      if (input.expectedOutcomes !== undefined) changes.expected_outcomes = JSON.stringify(input.expectedOutcomes);
      await updateRole(trx, organizationId, id, changes);
      return this.detail(trx, organizationId, id);
    });
  }

  /** Deletes the role with its drafts; a published version is history people were scored by → 409. */
  async remove(organizationId: string, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const role = await this.load(trx, organizationId, id);
      const published = (await listRoleVersions(trx, organizationId, id)).filter((v) => v.status === "published");
      if (published.length > 0) {
        throw conflict(
          `Role "${role.key}" has published framework versions (${published.map((v) => `v${v.version}`).join(", ")}), ` +
            "which are kept as history. Keep the role, or edit it instead of deleting it.",
        );
      }
      await deleteRoleWithVersions(trx, organizationId, id);
    });
  }

  private async load(db: Executor, organizationId: string, id: string) {
    const row = await findRole(db, organizationId, id);
    if (!row) throw notFound("Role");
    return row;
  }

  private async detail(db: Executor, organizationId: string, id: string): Promise<RoleDetail> {
    const row = await this.load(db, organizationId, id);
    const unit = row.org_unit_id ? await findOrgUnit(db, organizationId, row.org_unit_id) : undefined;
    const versions = await listRoleVersions(db, organizationId, id);
    const latest = versions[0];
    const latestPublished = versions.find((v) => v.status === "published");
    return {
      ...presentRole(row),
      orgUnit: unit ? { id: unit.id, key: unit.key, name: unit.name } : null,
      framework: {
        latest: latest ? presentVersionSummary(latest) : null,
        latestPublished: latestPublished ? presentVersionSummary(latestPublished) : null,
      },
    };
  }
}

async function checkOrgUnit(db: Executor, organizationId: string, orgUnitId: string): Promise<void> {
  if (await findOrgUnit(db, organizationId, orgUnitId)) return;
  const message = "no org unit with this id in your organization; pick an existing unit or leave orgUnitId out";
  throw badRequest(`orgUnitId: ${message}.`, [{ path: "orgUnitId", message }]);
}

/** A responsibility a framework version measures a KPI against must not disappear under it. */
async function checkRemovedResponsibilities(
  db: Executor,
  organizationId: string,
  role: { id: string; responsibilities: string },
  next: readonly { key: string }[],
): Promise<void> {
  const kept = new Set(next.map((r) => r.key));
  const removed = readResponsibilities(role).filter((r) => !kept.has(r.key));
  if (removed.length === 0) return;
  const versions = await listFrameworkReferences(db, organizationId, { roleId: role.id });
  for (const responsibility of removed) {
    const users = versions.filter((v) => v.responsibilityKeys.includes(responsibility.key));
    if (users.length === 0) continue;
    const message =
      `responsibility "${responsibility.key}" is still referenced by framework versions ${describeVersions(users)}; ` +
      "keep it, or first change those assignments in a new draft";
    throw conflict(`Cannot remove ${message}.`, [{ path: "responsibilities", message }]);
  }
}
