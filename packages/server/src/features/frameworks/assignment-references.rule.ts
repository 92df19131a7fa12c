import type { FieldIssue } from "../../http/http-errors.js";
import type { FrameworkContent } from "./framework-content.js";

/** The keys an assignment may point at: the organization's KPIs and objectives, the role's responsibilities. */
export interface ReferenceKeys {
  kpis: ReadonlySet<string>;
  objectives: ReadonlySet<string>;
  responsibilities: ReadonlySet<string>;
}

/**
 * Issues for every assignment key that does not resolve, and for sections that an assignment
 * names but the framework does not define. `prefix` places the paths in a larger body
 * (e.g. "frameworks.2.").
 */
export function assignmentReferenceIssues(content: FrameworkContent, keys: ReferenceKeys, prefix = ""): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const sections = new Set(content.sections.map((section) => section.key));
  content.assignments.forEach((assignment, i) => {
    const at = `${prefix}assignments.${i}`;
    if (!keys.kpis.has(assignment.kpi)) {
      issues.push({
        path: `${at}.kpi`,
        message: `no KPI with key "${assignment.kpi}"; create it first or fix the key`,
      });
    }
    assignment.objectives.forEach((objective, j) => {
      if (!keys.objectives.has(objective)) {
        issues.push({ path: `${at}.objectives.${j}`, message: `no objective with key "${objective}"` });
      }
    });
    if (assignment.responsibility !== undefined && !keys.responsibilities.has(assignment.responsibility)) {
      issues.push({
        path: `${at}.responsibility`,
        message: `the role has no responsibility with key "${assignment.responsibility}"`,
      });
    }
    if (assignment.section !== undefined && !sections.has(assignment.section)) {
      issues.push({
        path: `${at}.section`,
        message: `no section with key "${assignment.section}" in this framework; add it to sections`,
      });
    }
  });
  return issues;
}
