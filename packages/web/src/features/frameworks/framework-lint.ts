import { type Finding, type FrameworkDocument, type KpiHistory, lintDocument } from "@yardstick/core";
import type { FrameworkContent } from "./framework.types.js";

/**
 * The document the server lints for one version: the organization's records with this role's
 * framework replaced by the content being edited (as `frameworks[0]`, so finding paths point
 * into the editor's own arrays).
 */
export function editorDocument(
  organization: FrameworkDocument,
  roleKey: string,
  content: FrameworkContent,
): FrameworkDocument {
  return {
    ...organization,
    frameworks: [
      {
        role: roleKey,
        status: "draft",
        missingData: content.missingData,
        sections: content.sections,
        assignments: content.assignments,
      },
    ],
  };
}

/**
 * Lints the content in the browser with the organization's disabled rules, scoped to the role;
 * with the role's history (as the server passes it) the target realism rule runs too.
 */
export function lintContent(
  organization: FrameworkDocument,
  roleKey: string,
  content: FrameworkContent,
  history?: KpiHistory,
): Finding[] {
  return lintDocument(editorDocument(organization, roleKey, content), {
    scope: { role: roleKey },
    ...(history ? { history } : {}),
  });
}

/** What a finding is about, so the panel can focus the field to fix. */
export type FindingTarget =
  | { kind: "assignment"; index: number; field: string }
  | { kind: "section"; index: number }
  | { kind: "framework"; field: string }
  | { kind: "kpi"; index: number; field: string }
  | { kind: "role"; field: string }
  | { kind: "other" };

/** Reads a finding path such as `frameworks[0].assignments[2].scoring.target` or `kpis[4].unit`. */
export function findingTarget(path: string): FindingTarget {
  const assignment = /^frameworks\[0\]\.assignments\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (assignment) return { kind: "assignment", index: Number(assignment[1]), field: assignment[2] ?? "" };
  const section = /^frameworks\[0\]\.sections\[(\d+)\]/.exec(path);
  if (section) return { kind: "section", index: Number(section[1]) };
  const framework = /^frameworks\[0\](?:\.(.+))?$/.exec(path);
  if (framework) return { kind: "framework", field: framework[1] ?? "" };
  const kpi = /^kpis\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (kpi) return { kind: "kpi", index: Number(kpi[1]), field: kpi[2] ?? "" };
  const role = /^roles\[\d+\](?:\.(.+))?$/.exec(path);
  if (role) return { kind: "role", field: role[1] ?? "" };
  return { kind: "other" };
}

/**
 * The DOM id of the editor input for an assignment field: `scoring.points[1][0]` and similar
 * nested paths fall back to their first segment (`scoring.points`), unknown ones to the card.
 */
export function assignmentFieldId(index: number, field: string): string {
  return `assignment-${index}-${field.replace(/\[(\d+)\]/g, ".$1").replace(/[^a-zA-Z0-9.-]/g, "")}`;
}

/** Candidate ids from the most specific to the card itself, for focusing a finding's field. */
export function assignmentFieldIds(index: number, field: string): string[] {
  const parts = field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean);
  const ids: string[] = [];
  for (let n = parts.length; n > 0; n--) ids.push(assignmentFieldId(index, parts.slice(0, n).join(".")));
  ids.push(`assignment-${index}`);
  return ids;
}

/** Findings grouped for the editor: per assignment index, and the rest. */
export function findingsByAssignment(findings: readonly Finding[]): Map<number, Finding[]> {
  const map = new Map<number, Finding[]>();
  for (const finding of findings) {
    const target = findingTarget(finding.path);
    if (target.kind !== "assignment") continue;
    map.set(target.index, [...(map.get(target.index) ?? []), finding]);
  }
  return map;
}
