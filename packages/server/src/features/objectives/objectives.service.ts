import { buildTree } from "@yardstick/core";
import type { Kysely } from "kysely";
import type { Database, RowUpdate } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { badRequest, conflict, notFound } from "../../http/http-errors.js";
import { listFrameworkReferences } from "../roles/framework-references.repository.js";
import { describeVersions } from "../roles/framework-references.rule.js";
import { assertNoCycle, descendantIds, unknownParent } from "../shared-tree/tree-parent.rule.js";
import { presentObjective } from "./objectives.presenter.js";
import {
  archiveObjectives,
  deleteObjective,
  findObjective,
  insertObjective,
  listChildObjectives,
  listObjectives,
  objectiveParentMap,
  unarchiveObjective,
  updateObjective,
} from "./objectives.repository.js";
import type {
  CreateObjectiveInput,
  ObjectiveNode,
  ObjectiveResponse,
  UpdateObjectiveInput,
} from "./objectives.schemas.js";

export class ObjectivesService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(organizationId: string, options: { includeArchived: boolean; format: "flat" | "tree" }) {
    const items = (await listObjectives(this.db, organizationId, options)).map(presentObjective);
    const nodes: ObjectiveNode[] = options.format === "tree" ? buildTree(items) : items;
    return { items: nodes };
  }

  async get(organizationId: string, id: string): Promise<ObjectiveResponse> {
    return presentObjective(await this.load(this.db, organizationId, id));
  }

  async create(organizationId: string, input: CreateObjectiveInput): Promise<ObjectiveResponse> {
    return this.db.transaction().execute(async (trx) => {
      if (input.parentId) await this.checkParent(trx, organizationId, input.parentId);
      const now = nowIso();
      const id = newId();
      const inserted = await insertObjective(trx, {
        id,
        organization_id: organizationId,
        key: input.key,
        title: input.title,
        description: input.description ?? null,
        perspective: input.perspective ?? null,
        parent_id: input.parentId ?? null,
        owner: input.owner ?? null,
        archived_at: null,
        created_at: now,
        updated_at: now,
      });
      if (!inserted) throw keyTaken(input.key);
      return presentObjective(await this.load(trx, organizationId, id));
    });
  }

  async update(organizationId: string, id: string, input: UpdateObjectiveInput): Promise<ObjectiveResponse> {
    return this.db.transaction().execute(async (trx) => {
      await this.load(trx, organizationId, id);
      if (input.parentId) {
        await this.checkParent(trx, organizationId, input.parentId);
        assertNoCycle(await objectiveParentMap(trx, organizationId), id, input.parentId, "objective");
      }
      const changes: RowUpdate<"objectives"> = { updated_at: nowIso() };
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description;
      if (input.perspective !== undefined) changes.perspective = input.perspective;
      if (input.parentId !== undefined) changes.parent_id = input.parentId;
      if (input.owner !== undefined) changes.owner = input.owner;
      await updateObjective(trx, organizationId, id, changes);
      return presentObjective(await this.load(trx, organizationId, id));
    });
  }

  /** Archives the objective; live children make it a 409 unless `cascade` archives the whole branch. */
  async archive(organizationId: string, id: string, cascade: boolean): Promise<ObjectiveResponse> {
    return this.db.transaction().execute(async (trx) => {
      const objective = await this.load(trx, organizationId, id);
      const liveChildren = (await listChildObjectives(trx, organizationId, id)).filter((c) => c.archived_at === null);
      if (liveChildren.length > 0 && !cascade) {
        throw conflict(
          `Objective "${objective.key}" has live child objectives (${liveChildren.map((c) => c.key).join(", ")}). ` +
            "Archive or move them first, or archive the whole branch with ?cascade=true.",
        );
      }
      const branch = cascade ? descendantIds(await objectiveParentMap(trx, organizationId), id) : [];
      await archiveObjectives(trx, organizationId, [id, ...branch], nowIso());
      return presentObjective(await this.load(trx, organizationId, id));
    });
  }

  async unarchive(organizationId: string, id: string): Promise<ObjectiveResponse> {
    return this.db.transaction().execute(async (trx) => {
      const objective = await this.load(trx, organizationId, id);
      const parent = objective.parent_id ? await findObjective(trx, organizationId, objective.parent_id) : undefined;
      if (parent?.archived_at) {
        throw conflict(
          `Its parent objective "${parent.key}" is archived. Unarchive the parent first, or move this one.`,
        );
      }
      await unarchiveObjective(trx, organizationId, id, nowIso());
      return presentObjective(await this.load(trx, organizationId, id));
    });
  }

  /** Deletes an objective nothing references; otherwise 409 saying what does (archiving is the way out). */
  async remove(organizationId: string, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const objective = await this.load(trx, organizationId, id);
      const children = await listChildObjectives(trx, organizationId, id);
      if (children.length > 0) {
        throw conflict(
          `Objective "${objective.key}" has child objectives (${children.map((c) => c.key).join(", ")}). ` +
            "Delete or move them first, or archive this objective instead.",
        );
      }
      const users = (await listFrameworkReferences(trx, organizationId)).filter((v) =>
        v.objectiveKeys.includes(objective.key),
      );
      if (users.length > 0) {
        throw conflict(
          `Objective "${objective.key}" is linked from framework versions: ${describeVersions(users)}. ` +
            "Archive it instead, so those versions keep their history.",
        );
      }
      await deleteObjective(trx, organizationId, id);
    });
  }

  private async load(db: Executor, organizationId: string, id: string) {
    const row = await findObjective(db, organizationId, id);
    if (!row) throw notFound("Objective");
    return row;
  }

  private async checkParent(db: Executor, organizationId: string, parentId: string): Promise<void> {
    const parent = await findObjective(db, organizationId, parentId);
    if (!parent) throw unknownParent("objective");
    if (parent.archived_at !== null) {
      const message = `the objective "${parent.key}" is archived; unarchive it first or choose a live parent`;
      throw badRequest(`parentId: ${message}.`, [{ path: "parentId", message }]);
    }
  }
}

function keyTaken(key: string) {
  const message = `"${key}" is already used by another objective in your organization; choose another key`;
  return conflict(`key ${message}.`, [{ path: "key", message }]);
}
