import { type Finding, type FrameworkDocument, lintRules, type RoleFramework, type Severity } from "@yardstick/core";
import type { Role } from "../roles/role.types.js";

/** Where a role's framework stands: nothing yet, a first draft, published, or published with a next draft. */
export type OverviewStatus = "none" | "draft" | "published" | "pending";

export const OVERVIEW_STATUS_LABELS: Record<OverviewStatus, string> = {
  none: "No framework",
  draft: "Draft only",
  published: "Published",
  pending: "Published, draft pending",
};

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export interface VersionFacts {
  version: number | undefined;
  effectiveDate: string | undefined;
  kpiCount: number;
}

/** One row of the frameworks overview. */
export interface OverviewRow {
  roleId: string;
  key: string;
  title: string;
  family: string | null;
  status: OverviewStatus;
  published: VersionFacts | undefined;
  draft: VersionFacts | undefined;
  /** Which version the counts are about: the draft when there is one (the work in progress), else the published one. */
  findingsOf: "draft" | "published" | undefined;
  findings: FindingCounts;
}

const ORGANIZATION_RULES = new Set(lintRules.filter((rule) => rule.scope === "organization").map((rule) => rule.id));

/** Whether a finding is about the organization as a whole rather than one role's framework. */
export function isOrganizationFinding(finding: Finding): boolean {
  return ORGANIZATION_RULES.has(finding.rule) || !/^(frameworks|kpis)\[\d+\]/.test(finding.path);
}

function countOf(findings: Iterable<Finding>): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity satisfies Severity]++;
  return counts;
}

function facts(framework: RoleFramework): VersionFacts {
  return {
    version: framework.version,
    effectiveDate: framework.effectiveDate,
    kpiCount: framework.assignments.length,
  };
}

function statusOf(published: boolean, draft: boolean): OverviewStatus {
  if (published) return draft ? "pending" : "published";
  return draft ? "draft" : "none";
}

/**
 * Indexes the findings of a whole-organization lint by what they point at, so each role's count
 * is the same set the framework editor shows for that version: the framework's own findings plus
 * those of the library KPIs it uses (organization-wide findings are left to their own panel).
 */
function indexFindings(findings: readonly Finding[]) {
  const byFramework = new Map<number, Finding[]>();
  const byKpi = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (isOrganizationFinding(finding)) continue;
    const match = /^(frameworks|kpis)\[(\d+)\]/.exec(finding.path);
    if (!match) continue;
    const map = match[1] === "frameworks" ? byFramework : byKpi;
    const index = Number(match[2]);
    map.set(index, [...(map.get(index) ?? []), finding]);
  }
  return { byFramework, byKpi };
}

/**
 * The overview's rows: every role (in the order given) with the status of its framework, the KPI
 * counts of its published version and draft, and the findings of the version being worked on.
 * `document` is the organization's exported framework (per role the latest published version and
 * the draft) and `findings` its lint, whose paths index into that document.
 */
export function buildOverviewRows(
  roles: readonly Role[],
  document: FrameworkDocument,
  findings: readonly Finding[],
): OverviewRow[] {
  const { byFramework, byKpi } = indexFindings(findings);
  const kpiIndex = new Map<string, number>();
  document.kpis.forEach((kpi, index) => {
    if (!kpiIndex.has(kpi.key)) kpiIndex.set(kpi.key, index);
  });
  const frameworksOf = new Map<string, { published?: number; draft?: number }>();
  document.frameworks.forEach((framework, index) => {
    const entry = frameworksOf.get(framework.role) ?? {};
    entry[framework.status === "published" ? "published" : "draft"] = index;
    frameworksOf.set(framework.role, entry);
  });

  return roles.map((role) => {
    const entry = frameworksOf.get(role.key) ?? {};
    const published = entry.published === undefined ? undefined : document.frameworks[entry.published];
    const draft = entry.draft === undefined ? undefined : document.frameworks[entry.draft];
    const focusIndex = entry.draft ?? entry.published;
    const focus = focusIndex === undefined ? undefined : document.frameworks[focusIndex];
    const relevant: Finding[] = [];
    if (focus && focusIndex !== undefined) {
      relevant.push(...(byFramework.get(focusIndex) ?? []));
      const used = new Set(focus.assignments.map((assignment) => assignment.kpi));
      for (const key of used) {
        const index = kpiIndex.get(key);
        if (index !== undefined) relevant.push(...(byKpi.get(index) ?? []));
      }
    }
    return {
      roleId: role.id,
      key: role.key,
      title: role.title,
      family: role.family,
      status: statusOf(Boolean(published), Boolean(draft)),
      published: published && facts(published),
      draft: draft && facts(draft),
      findingsOf: draft ? "draft" : published ? "published" : undefined,
      findings: countOf(relevant),
    };
  });
}

export interface OverviewFilters {
  q?: string;
  family?: string;
  status?: OverviewStatus;
}

/** Rows matching the search (title, key or family, case-insensitive), the family and the status. */
export function filterOverviewRows(rows: readonly OverviewRow[], filters: OverviewFilters): OverviewRow[] {
  const needle = filters.q?.trim().toLowerCase() ?? "";
  return rows.filter((row) => {
    if (filters.family && row.family !== filters.family) return false;
    if (filters.status && row.status !== filters.status) return false;
    if (!needle) return true;
    return [row.title, row.key, row.family ?? ""].some((text) => text.toLowerCase().includes(needle));
  });
}

/** Totals for the summary line above the table. */
export function summarizeRows(rows: readonly OverviewRow[]): Record<OverviewStatus, number> & FindingCounts {
  const summary = { none: 0, draft: 0, published: 0, pending: 0, error: 0, warning: 0, info: 0 };
  for (const row of rows) {
    summary[row.status]++;
    summary.error += row.findings.error;
    summary.warning += row.findings.warning;
    summary.info += row.findings.info;
  }
  return summary;
}
