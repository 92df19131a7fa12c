import type { Assignment, Finding, MissingDataPolicy, Section } from "@yardstick/core";

export type VersionStatus = "draft" | "published";

/** `GET /api/v1/roles/:roleId/framework/versions` item. */
export interface VersionSummary {
  id: string;
  roleId: string;
  version: number;
  status: VersionStatus;
  effectiveDate: string | null;
  changelog: string | null;
  kpiCount: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** Who created / published the version, when the server reports it. */
  createdBy?: string | null;
  publishedBy?: string | null;
}

/** The editable part of a version: what `PUT .../versions/:version` replaces. */
export interface FrameworkContent {
  missingData: MissingDataPolicy;
  sections: Section[];
  assignments: Assignment[];
}

/** `GET /api/v1/roles/:roleId/framework/versions/:version`: content plus the server's lint. */
export interface Version extends VersionSummary, FrameworkContent {
  roleKey: string;
  findings: Finding[];
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** `GET .../versions/diff?from=&to=`. */
export interface VersionDiff {
  from: number;
  to: number;
  missingData: { from: string; to: string } | null;
  sections: {
    added: Section[];
    removed: Section[];
    changed: { key: string; changes: FieldChange[] }[];
  };
  kpis: {
    added: { kpi: string; weight: number }[];
    removed: { kpi: string; weight: number }[];
    changed: { kpi: string; changes: FieldChange[] }[];
  };
  lines: string[];
}

export interface PublishInput {
  effectiveDate: string;
  changelog: string;
}

export const MISSING_DATA_LABELS: Record<MissingDataPolicy, string> = {
  exclude: "Leave it out and re-normalise the other weights",
  zero: "Count it as a score of 0",
};
