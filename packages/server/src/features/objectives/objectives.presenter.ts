import type { Objective } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import type { ObjectiveResponse } from "./objectives.schemas.js";

type Perspective = NonNullable<Objective["perspective"]>;

export function presentObjective(row: Row<"objectives">): ObjectiveResponse {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    description: row.description,
    // Only values validated by perspectiveSchema are ever written.
    perspective: row.perspective as Perspective | null,
    parentId: row.parent_id,
    owner: row.owner,
    archived: row.archived_at !== null,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The model's shape: the parent by key, absent fields left out. */
export function toObjectiveDocument(row: Row<"objectives"> & { parent_key: string | null }): Objective {
  const objective: Objective = { key: row.key, title: row.title };
  if (row.description !== null) objective.description = row.description;
  if (row.perspective !== null) objective.perspective = row.perspective as Perspective;
  if (row.parent_key !== null) objective.parent = row.parent_key;
  if (row.owner !== null) objective.owner = row.owner;
  if (row.archived_at !== null) objective.archived = true;
  return objective;
}
