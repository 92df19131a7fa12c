import type { Objective as ObjectiveDocument } from "@yardstick/core";

export type Perspective = NonNullable<ObjectiveDocument["perspective"]>;

/** `GET /api/v1/objectives` item. */
export interface Objective {
  id: string;
  key: string;
  title: string;
  description: string | null;
  perspective: Perspective | null;
  parentId: string | null;
  owner: string | null;
  archived: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateObjectiveInput {
  key: string;
  title: string;
  description?: string;
  perspective?: Perspective;
  parentId?: string | null;
  owner?: string;
}

export interface UpdateObjectiveInput {
  title?: string;
  description?: string | null;
  perspective?: Perspective | null;
  parentId?: string | null;
  owner?: string | null;
}

export const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  financial: "Financial",
  customer: "Customer",
  "internal-process": "Internal process",
  "learning-growth": "Learning & growth",
};

export const PERSPECTIVE_COLORS: Record<Perspective, string> = {
  financial: "teal",
  customer: "blue",
  "internal-process": "grape",
  "learning-growth": "orange",
};
