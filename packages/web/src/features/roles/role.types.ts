export interface Responsibility {
  key: string;
  text: string;
}

/** `GET /api/v1/roles` item. */
export interface Role {
  id: string;
  key: string;
  title: string;
  family: string | null;
  orgUnitId: string | null;
  description: string | null;
  responsibilities: Responsibility[];
  expectedOutcomes: string[];
  createdAt: string;
  updatedAt: string;
}

export interface FrameworkVersionSummary {
  id: string;
  version: number;
  status: "draft" | "published";
  effectiveDate: string | null;
  publishedAt: string | null;
}

/** `GET /api/v1/roles/:id`: the role with its org unit and framework summary. */
export interface RoleDetail extends Role {
  orgUnit: { id: string; key: string; name: string } | null;
  framework: { latest: FrameworkVersionSummary | null; latestPublished: FrameworkVersionSummary | null };
}

export interface RoleFilters {
  search?: string;
  family?: string;
  orgUnitId?: string;
}

export interface CreateRoleInput {
  key: string;
  title: string;
  family?: string;
  orgUnitId?: string | null;
  description?: string;
  responsibilities?: Responsibility[];
  expectedOutcomes?: string[];
}

export interface UpdateRoleInput {
  title?: string;
  family?: string | null;
  orgUnitId?: string | null;
  description?: string | null;
  responsibilities?: Responsibility[];
  expectedOutcomes?: string[];
}

/** The families the starter library uses; offered in pickers next to those already in use. */
export const COMMON_FAMILIES = [
  "Sales",
  "Marketing",
  "HR",
  "Operations",
  "IT/Development",
  "Customer Support",
  "Finance",
];

/** Sorted, de-duplicated family options from the known ones and those in use. */
export function familyOptions(inUse: readonly (string | null | undefined)[]): string[] {
  const all = new Set<string>(COMMON_FAMILIES);
  for (const family of inUse) if (family) all.add(family);
  return [...all].sort((a, b) => a.localeCompare(b));
}
