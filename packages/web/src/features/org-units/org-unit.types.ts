/** `GET /api/v1/org-units` item. */
export interface OrgUnit {
  id: string;
  key: string;
  name: string;
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateOrgUnitInput {
  key: string;
  name: string;
  parentId?: string | null;
}

export interface UpdateOrgUnitInput {
  name?: string;
  parentId?: string | null;
}
