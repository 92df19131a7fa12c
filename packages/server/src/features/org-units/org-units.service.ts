import { buildTree } from "@yardstick/core";
import type { Kysely } from "kysely";
import type { Database, RowUpdate } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { conflict, notFound } from "../../http/http-errors.js";
import { assertNoCycle, unknownParent } from "../shared-tree/tree-parent.rule.js";
import { presentOrgUnit } from "./org-units.presenter.js";
import {
  deleteOrgUnit,
  findOrgUnit,
  insertOrgUnit,
  listChildOrgUnitKeys,
  listOrgUnits,
  listRoleKeysInOrgUnit,
  orgUnitParentMap,
  updateOrgUnit,
} from "./org-units.repository.js";
import type { CreateOrgUnitInput, OrgUnitNode, OrgUnitResponse, UpdateOrgUnitInput } from "./org-units.schemas.js";

export class OrgUnitsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(organizationId: string, format: "flat" | "tree") {
    const items = (await listOrgUnits(this.db, organizationId)).map(presentOrgUnit);
    const nodes: OrgUnitNode[] = format === "tree" ? buildTree(items) : items;
    return { items: nodes };
  }

  async get(organizationId: string, id: string): Promise<OrgUnitResponse> {
    return presentOrgUnit(await this.load(this.db, organizationId, id));
  }

  async create(organizationId: string, input: CreateOrgUnitInput): Promise<OrgUnitResponse> {
    return this.db.transaction().execute(async (trx) => {
      if (input.parentId && !(await findOrgUnit(trx, organizationId, input.parentId))) throw unknownParent("org unit");
      const now = nowIso();
      const id = newId();
      const inserted = await insertOrgUnit(trx, {
        id,
        organization_id: organizationId,
        key: input.key,
        name: input.name,
        parent_id: input.parentId ?? null,
        created_at: now,
        updated_at: now,
      });
      if (!inserted) {
        const message = `"${input.key}" is already used by another org unit in your organization; choose another key`;
        throw conflict(`key ${message}.`, [{ path: "key", message }]);
      }
      return presentOrgUnit(await this.load(trx, organizationId, id));
    });
  }

  async update(organizationId: string, id: string, input: UpdateOrgUnitInput): Promise<OrgUnitResponse> {
    return this.db.transaction().execute(async (trx) => {
      await this.load(trx, organizationId, id);
      if (input.parentId) {
        if (!(await findOrgUnit(trx, organizationId, input.parentId))) throw unknownParent("org unit");
        assertNoCycle(await orgUnitParentMap(trx, organizationId), id, input.parentId, "org unit");
      }
      const changes: RowUpdate<"org_units"> = { updated_at: nowIso() };
      if (input.name !== undefined) changes.name = input.name;
      if (input.parentId !== undefined) changes.parent_id = input.parentId;
      await updateOrgUnit(trx, organizationId, id, changes);
      return presentOrgUnit(await this.load(trx, organizationId, id));
    });
  }

  /** Deletes a unit with no child units and no roles; otherwise 409 naming what is still there. */
  async remove(organizationId: string, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const unit = await this.load(trx, organizationId, id);
      const children = await listChildOrgUnitKeys(trx, organizationId, id);
      if (children.length > 0) {
        throw conflict(`Org unit "${unit.key}" has child units (${children.join(", ")}). Delete or move them first.`);
      }
      const roles = await listRoleKeysInOrgUnit(trx, organizationId, id);
      if (roles.length > 0) {
        throw conflict(
          `Org unit "${unit.key}" is used by roles (${roles.join(", ")}). Move those roles to another unit first.`,
        );
      }
      await deleteOrgUnit(trx, organizationId, id);
    });
  }

  private async load(db: Executor, organizationId: string, id: string) {
    const row = await findOrgUnit(db, organizationId, id);
    if (!row) throw notFound("Org unit");
    return row;
  }
}
