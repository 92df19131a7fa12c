import type { Assignment, Section } from "@yardstick/core";
import { canonicalJson } from "../framework-document/canonical-json.js";
import type { FrameworkContent } from "./framework-content.js";

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface FrameworkDiff {
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
  /** The same differences as sentences, in the order above. */
  lines: string[];
}

const show = (value: unknown): string =>
  value === undefined ? "(none)" : typeof value === "string" ? value : JSON.stringify(value);

const differs = (a: unknown, b: unknown) => canonicalJson(a) !== canonicalJson(b);

function firstByKey<T>(items: T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/** Field-level changes of a scoring configuration, e.g. `scoring.target 30 → 35`. */
function scoringChanges(before: Assignment["scoring"], after: Assignment["scoring"]): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  // The method first: when it changes, the other fields are read in its light.
  fields.sort((x, y) => (x === "method" ? -1 : y === "method" ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return fields.filter((f) => differs(a[f], b[f])).map((f) => ({ field: `scoring.${f}`, from: a[f], to: b[f] }));
}

function assignmentChanges(before: Assignment, after: Assignment): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.weight !== after.weight) changes.push({ field: "weight", from: before.weight, to: after.weight });
  changes.push(...scoringChanges(before.scoring, after.scoring));
  if (differs([...before.objectives].sort(), [...after.objectives].sort())) {
    changes.push({ field: "objectives", from: before.objectives, to: after.objectives });
  }
  if (before.responsibility !== after.responsibility) {
    changes.push({ field: "responsibility", from: before.responsibility, to: after.responsibility });
  }
  if (before.section !== after.section) changes.push({ field: "section", from: before.section, to: after.section });
  return changes;
}

function describeChange(subject: string, change: FieldChange): string {
  if (change.field === "weight") return `${subject}: weight ${show(change.from)}% → ${show(change.to)}%`;
  if (change.field === "objectives") {
    const from = new Set(change.from as string[]);
    const to = new Set(change.to as string[]);
    const added = [...to].filter((k) => !from.has(k)).map((k) => `+${k}`);
    const removed = [...from].filter((k) => !to.has(k)).map((k) => `−${k}`);
    return `${subject}: linked objectives ${[...added, ...removed].join(", ") || "reordered"}`;
  }
  return `${subject}: ${change.field} ${show(change.from)} → ${show(change.to)}`;
}

/**
 * What changed between two versions of a role framework: KPIs added and removed, per KPI the
 * weight, scoring, objective, responsibility and section changes, the sections and the
 * missing-data policy, each also as a sentence for the changelog view.
 */
export function diffFrameworks(
  from: { version: number; content: FrameworkContent },
  to: { version: number; content: FrameworkContent },
): FrameworkDiff {
  const lines: string[] = [];
  const missingData =
    from.content.missingData === to.content.missingData
      ? null
      : { from: from.content.missingData, to: to.content.missingData };
  if (missingData) lines.push(`Missing-data policy: ${missingData.from} → ${missingData.to}`);

  const sectionsBefore = firstByKey(from.content.sections, (s) => s.key);
  const sectionsAfter = firstByKey(to.content.sections, (s) => s.key);
  const sections: FrameworkDiff["sections"] = { added: [], removed: [], changed: [] };
  for (const [key, section] of sectionsAfter) {
    const before = sectionsBefore.get(key);
    if (!before) {
      sections.added.push(section);
      lines.push(`Added section ${key} "${section.name}" (weight ${section.weight}%)`);
      continue;
    }
    const changes: FieldChange[] = [];
    if (before.name !== section.name) changes.push({ field: "name", from: before.name, to: section.name });
    if (before.weight !== section.weight) changes.push({ field: "weight", from: before.weight, to: section.weight });
    if (changes.length > 0) {
      sections.changed.push({ key, changes });
      for (const change of changes) lines.push(describeChange(`Section ${key}`, change));
    }
  }
  for (const [key, section] of sectionsBefore) {
    if (!sectionsAfter.has(key)) {
      sections.removed.push(section);
      lines.push(`Removed section ${key} "${section.name}"`);
    }
  }

  const before = firstByKey(from.content.assignments, (a) => a.kpi);
  const after = firstByKey(to.content.assignments, (a) => a.kpi);
  const kpis: FrameworkDiff["kpis"] = { added: [], removed: [], changed: [] };
  for (const [kpi, assignment] of after) {
    const previous = before.get(kpi);
    if (!previous) {
      kpis.added.push({ kpi, weight: assignment.weight });
      lines.push(`Added KPI ${kpi} (weight ${assignment.weight}%)`);
      continue;
    }
    const changes = assignmentChanges(previous, assignment);
    if (changes.length > 0) {
      kpis.changed.push({ kpi, changes });
      for (const change of changes) lines.push(describeChange(`KPI ${kpi}`, change));
    }
  }
  for (const [kpi, assignment] of before) {
    if (!after.has(kpi)) {
      kpis.removed.push({ kpi, weight: assignment.weight });
      lines.push(`Removed KPI ${kpi} (was weight ${assignment.weight}%)`);
    }
  }
  if (lines.length === 0) lines.push("No differences");
  return { from: from.version, to: to.version, missingData, sections, kpis, lines };
}
