import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * Table types for Kysely. Conventions that keep SQLite and PostgreSQL interchangeable:
 * ids are UUID strings, timestamps are ISO-8601 strings, JSON is stored as text,
 * booleans are avoided (a nullable `*_at` timestamp says when something stopped being true).
 * Every domain table has `organization_id`; repositories always filter by it.
 */

export type MembershipRole = "admin" | "hr" | "manager" | "employee";

export interface OrganizationsTable {
  id: string;
  name: string;
  /** JSON: { disabledRules: string[], ratingScale?: RatingBand[] } */
  settings: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface MembershipsTable {
  id: string;
  organization_id: string;
  user_id: string;
  role: MembershipRole;
  created_at: string;
  /** Deactivated in this organization (history kept); null while active. */
  disabled_at: string | null;
}

export interface SessionsTable {
  id: string;
  /** SHA-256 of the cookie token: a leaked database does not leak live sessions. */
  token_hash: string;
  csrf_token: string;
  user_id: string;
  organization_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface InvitationsTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  role: MembershipRole;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export interface ObjectivesTable {
  id: string;
  organization_id: string;
  key: string;
  title: string;
  description: string | null;
  perspective: string | null;
  parent_id: string | null;
  owner: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrgUnitsTable {
  id: string;
  organization_id: string;
  key: string;
  name: string;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface RolesTable {
  id: string;
  organization_id: string;
  key: string;
  title: string;
  family: string | null;
  org_unit_id: string | null;
  description: string | null;
  /** JSON: Responsibility[] */
  responsibilities: string;
  /** JSON: string[] */
  expected_outcomes: string;
  created_at: string;
  updated_at: string;
}

export interface KpisTable {
  id: string;
  organization_id: string;
  key: string;
  name: string;
  description: string | null;
  unit: string | null;
  direction: string | null;
  aggregation: string | null;
  frequency: string | null;
  kind: string;
  timing: string;
  focus: string;
  reporter: string;
  family: string | null;
  /** JSON: the rest of the KPI definition (balance, formula, dataSource, ratingScale, suggested). */
  details: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FrameworkVersionsTable {
  id: string;
  organization_id: string;
  role_id: string;
  version: number;
  status: "draft" | "published";
  effective_date: string | null;
  changelog: string | null;
  /** JSON: { missingData, sections, assignments } — immutable once published. */
  content: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
}

export interface Database {
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  objectives: ObjectivesTable;
  org_units: OrgUnitsTable;
  roles: RolesTable;
  kpis: KpisTable;
  framework_versions: FrameworkVersionsTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
// Re-exported so feature code does not import Kysely internals for these helpers.
export type { ColumnType, Generated };
