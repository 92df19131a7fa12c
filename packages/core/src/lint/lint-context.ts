import type {
  Assignment,
  FrameworkDocument,
  Kpi,
  Objective,
  Role,
  RoleFramework,
} from "../model/framework-document.schema.js";
import type { KpiHistory } from "../realism/kpi-history.js";
import { validateScoringConfig } from "../scoring/index.js";
import type { LintOptions } from "./lint.types.js";

export interface KpiEntry {
  kpi: Kpi;
  index: number;
  path: string;
}

export interface AssignmentEntry {
  assignment: Assignment;
  index: number;
  path: string;
  /** The KPI definition, when the key resolves. */
  kpi: Kpi | undefined;
}

export interface FrameworkEntry {
  framework: RoleFramework;
  index: number;
  path: string;
  role: Role | undefined;
  assignments: AssignmentEntry[];
}

export interface ScoringIssue {
  path: string;
  message: string;
}

/**
 * Everything rules need, computed once per run so that each rule stays a simple loop
 * (lint runs on every keystroke in the editor).
 */
export interface LintContext {
  doc: FrameworkDocument;
  history: KpiHistory | undefined;
  /** Whether organization-wide rules apply (not when scoped to one role). */
  wholeOrganization: boolean;
  kpis: KpiEntry[];
  frameworks: FrameworkEntry[];
  /** First definition per key (duplicates are a finding of their own). */
  kpiByKey: Map<string, Kpi>;
  objectiveByKey: Map<string, Objective>;
  roleByKey: Map<string, Role>;
  orgUnitKeys: Set<string>;
  /** Issues of the assignment's scoring config, relative to the config (memoised). */
  scoringIssues(entry: AssignmentEntry): ScoringIssue[];
}

function firstByKey<T extends { key: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.key)) map.set(item.key, item);
  return map;
}

/** Prepares the indexes and the in-scope KPIs and frameworks of one lint run. */
export function buildLintContext(doc: FrameworkDocument, options: LintOptions = {}): LintContext {
  const kpiByKey = firstByKey(doc.kpis);
  const roleByKey = firstByKey(doc.roles);
  const scopeRole = options.scope?.role;

  const frameworks: FrameworkEntry[] = [];
  doc.frameworks.forEach((framework, index) => {
    if (scopeRole !== undefined && framework.role !== scopeRole) return;
    const path = `frameworks[${index}]`;
    frameworks.push({
      framework,
      index,
      path,
      role: roleByKey.get(framework.role),
      assignments: framework.assignments.map((assignment, i) => ({
        assignment,
        index: i,
        path: `${path}.assignments[${i}]`,
        kpi: kpiByKey.get(assignment.kpi),
      })),
    });
  });

  let usedKeys: Set<string> | undefined;
  if (scopeRole !== undefined) {
    usedKeys = new Set();
    for (const entry of frameworks) for (const a of entry.assignments) usedKeys.add(a.assignment.kpi);
  }
  const kpis: KpiEntry[] = [];
  doc.kpis.forEach((kpi, index) => {
    if (usedKeys && !usedKeys.has(kpi.key)) return;
    kpis.push({ kpi, index, path: `kpis[${index}]` });
  });

  const issueCache = new Map<AssignmentEntry, ScoringIssue[]>();
  return {
    doc,
    history: options.history,
    wholeOrganization: scopeRole === undefined,
    kpis,
    frameworks,
    kpiByKey,
    objectiveByKey: firstByKey(doc.objectives),
    roleByKey,
    orgUnitKeys: new Set(doc.orgUnits.map((unit) => unit.key)),
    scoringIssues(entry) {
      let issues = issueCache.get(entry);
      if (!issues) {
        issues = validateScoringConfig(entry.assignment.scoring);
        issueCache.set(entry, issues);
      }
      return issues;
    },
  };
}
