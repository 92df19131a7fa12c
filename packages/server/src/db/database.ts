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

export interface EmployeesTable {
  id: string;
  organization_id: string;
  /** Unique per organization: the HR system's identifier. */
  employee_number: string;
  name: string;
  email: string | null;
  role_id: string;
  org_unit_id: string | null;
  manager_id: string | null;
  /** The signed-in account of this person, unique per organization. */
  user_id: string | null;
  start_date: string;
  end_date: string | null;
  /** Set when the person left; their history stays. */
  deactivated_at: string | null;
  created_at: string;
  updated_at: string;
}

export type CycleCadence = "quarterly" | "half-yearly" | "yearly" | "custom";
export type CycleStatus = "draft" | "open" | "closed";

export interface ReviewCyclesTable {
  id: string;
  organization_id: string;
  name: string;
  cadence: CycleCadence;
  start_date: string;
  end_date: string;
  status: CycleStatus;
  /** JSON: { key, label, start, end }[] measurement sub-periods, in date order. */
  sub_periods: string;
  opened_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** active: in use; superseded: replaced by a newer scorecard (role change); ended: the person left. */
export type ScorecardStatus = "active" | "superseded" | "ended";

export interface ScorecardsTable {
  id: string;
  organization_id: string;
  cycle_id: string;
  employee_id: string;
  role_id: string;
  framework_version_id: string;
  /**
   * JSON: ScorecardSnapshot (features/scorecards/scorecard-snapshot.ts), never rewritten. A copy of
   * scorecard_snapshots.content kept for older readers; scoring reads snapshot_id.
   */
  snapshot: string;
  /** The stored snapshot (scorecard_snapshots.id); null only for rows written before it existed. */
  snapshot_id: string | null;
  valid_from: string;
  valid_to: string;
  status: ScorecardStatus;
  status_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface TargetOverridesTable {
  id: string;
  organization_id: string;
  scorecard_id: string;
  kpi_key: string;
  /** JSON: ScoringConfig replacing the assignment's scoring for this person; the latest wins. */
  scoring: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

export type MeasurementSource = "manual" | "import" | "api";

/** The current value of one slot: scorecard × KPI × sub-period × date ("" = the whole sub-period). */
export interface MeasurementsTable {
  id: string;
  organization_id: string;
  scorecard_id: string;
  cycle_id: string;
  employee_id: string;
  kpi_key: string;
  /** Sub-period key of the cycle. */
  period: string;
  /** ISO date of the value, or "" when it stands for the whole sub-period. */
  measured_on: string;
  value: number;
  source: MeasurementSource;
  author_id: string | null;
  comment: string | null;
  /** When this value was recorded (a correction sets it anew). */
  recorded_at: string;
  /** When the slot got its first value. */
  created_at: string;
}

/** Earlier values of a slot, each kept when a correction replaced it. */
export interface MeasurementHistoryTable {
  id: string;
  organization_id: string;
  measurement_id: string;
  scorecard_id: string;
  kpi_key: string;
  period: string;
  measured_on: string;
  value: number;
  source: MeasurementSource;
  author_id: string | null;
  comment: string | null;
  recorded_at: string;
  superseded_at: string;
  superseded_by: string | null;
}

/** A scorecard's computed result, recomputed whenever one of its inputs changes. */
export interface ScorecardScoresTable {
  scorecard_id: string;
  organization_id: string;
  cycle_id: string;
  employee_id: string;
  overall: number | null;
  rating_value: number | null;
  rating_label: string | null;
  /** JSON: ScorecardResult (features/scores/scorecard-result.ts). */
  result: string;
  /** Fingerprint of the inputs besides measurements (overrides, rating scale, validity). */
  inputs_stamp: string;
  computed_at: string;
}

export type ImportKind = "measurements" | "people";

/** A named source of import files with its saved column mapping. */
export interface ImportSourcesTable {
  id: string;
  organization_id: string;
  /** Unique per organization. */
  name: string;
  kind: ImportKind;
  /** JSON: ColumnMapping (features/imports/mapping/column-mapping.schema.ts). */
  mapping: string;
  created_at: string;
  updated_at: string;
}

/** running: a commit job in progress; previewed: a dry run; committed / failed: a finished commit. */
export type ImportRunStatus = "previewed" | "running" | "committed" | "failed";

/** One preview or commit of an uploaded file: the import history. */
export interface ImportRunsTable {
  id: string;
  organization_id: string;
  source_id: string | null;
  kind: ImportKind;
  file_name: string;
  file_size: number;
  format: string;
  user_id: string | null;
  started_at: string;
  finished_at: string | null;
  status: ImportRunStatus;
  rows_total: number;
  rows_added: number;
  rows_changed: number;
  rows_unchanged: number;
  rows_problems: number;
  /** JSON: RowProblem[] (capped), for the UI after the job ended. */
  problems: string;
  error_message: string | null;
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
  employees: EmployeesTable;
  review_cycles: ReviewCyclesTable;
  scorecards: ScorecardsTable;
  target_overrides: TargetOverridesTable;
  measurements: MeasurementsTable;
  measurement_history: MeasurementHistoryTable;
  scorecard_scores: ScorecardScoresTable;
  import_sources: ImportSourcesTable;
  import_runs: ImportRunsTable;
  scorecard_snapshots: ScorecardSnapshotsTable;
}

/** A framework snapshot stored once per organization and content; scorecards reference it. Immutable. */
export interface ScorecardSnapshotsTable {
  id: string;
  organization_id: string;
  /** JSON: ScorecardSnapshot. */
  content: string;
  /** sha256 hex of content: the same content is stored once per organization. */
  content_hash: string;
  created_at: string;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
// Re-exported so feature code does not import Kysely internals for these helpers.
export type { ColumnType, Generated };
