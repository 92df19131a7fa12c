import {
  FRAMEWORK_FORMAT_VERSION,
  type FrameworkDocument,
  type Kpi,
  kpiSchema,
  type Objective,
  type OrgUnit,
  objectiveSchema,
  orgUnitSchema,
  type Role,
  type RoleFramework,
  roleSchema,
} from "@yardstick/core";
import type { z } from "zod";
import type { FieldIssue } from "../../http/http-errors.js";
import { assignmentReferenceIssues } from "../frameworks/assignment-references.rule.js";
import type { FrameworkContent } from "../frameworks/framework-content.js";
import { type OrganizationSettings, validateSettings } from "../settings/settings.service.js";
import { canonicalJson, changedFields } from "./canonical-json.js";
import type { DocumentRecords } from "./document-sources.js";

export type ChangeKind = "objective" | "orgUnit" | "role" | "kpi" | "framework" | "settings";
/** `skipped`: the key exists and the import was asked to leave existing records alone (library import). */
export type ChangeAction = "create" | "update" | "unchanged" | "skipped";

export interface PlannedChange {
  kind: ChangeKind;
  key: string;
  action: ChangeAction;
  /** For updates: the top-level fields that change. */
  fields?: string[];
}

/** What the organization has for one role's framework. */
export interface StoredRoleFrameworks {
  draft?: { id: string; version: number; content: FrameworkContent };
  latestPublished?: FrameworkContent;
  byVersion: Map<number, FrameworkContent>;
  maxVersion: number;
}

/** The organization as it is, in document terms. */
export interface ImportState {
  records: DocumentRecords;
  frameworks: Map<string, StoredRoleFrameworks>;
  /** The role frameworks of the exported document (latest published and draft per role). */
  documentFrameworks: RoleFramework[];
  settings: OrganizationSettings;
  organizationName: string;
}

/** "update": the document wins for existing keys; "skip": existing keys are left as they are. */
export type ImportMode = "update" | "skip";

export interface RecordWrite<T> {
  record: T;
  action: "create" | "update";
}

export interface FrameworkWrite {
  role: string;
  action: "create" | "update";
  content: FrameworkContent;
  /** The version number the draft has (or gets). */
  version: number;
  /** The id of the draft an update rewrites. */
  draftId?: string;
}

export interface ImportPlan {
  changes: PlannedChange[];
  /** Reasons the document cannot be imported at all (unknown keys, duplicates, cycles). */
  issues: FieldIssue[];
  writes: {
    orgUnits: RecordWrite<OrgUnit>[];
    objectives: RecordWrite<Objective>[];
    roles: RecordWrite<Role>[];
    kpis: RecordWrite<Kpi>[];
    frameworks: FrameworkWrite[];
    settings?: OrganizationSettings;
  };
  /** The organization's document as it would be after the import (what lint looks at). */
  result: FrameworkDocument;
}

/** Records compare after defaults are applied, and `archived: false` means the same as no flag. */
function normalize<T extends { key: string }>(schema: z.ZodType<T>, record: T): T {
  const parsed = schema.safeParse(record);
  const value = (parsed.success ? parsed.data : record) as T & { archived?: boolean };
  if (value.archived === false) {
    const { archived: _archived, ...rest } = value;
    return rest as unknown as T;
  }
  return value;
}

function planRecords<T extends { key: string }>(
  kind: ChangeKind,
  path: string,
  schema: z.ZodType<T>,
  incoming: T[],
  current: T[],
  mode: ImportMode,
  issues: FieldIssue[],
) {
  const effective = new Map(current.map((record) => [record.key, normalize(schema, record)]));
  const stored = new Map(effective);
  const seen = new Map<string, number>();
  const changes: PlannedChange[] = [];
  const writes: RecordWrite<T>[] = [];
  incoming.forEach((raw, index) => {
    const record = normalize(schema, raw);
    const first = seen.get(record.key);
    if (first !== undefined) {
      issues.push({
        path: `${path}.${index}.key`,
        message: `duplicate key "${record.key}" (also at ${path}.${first})`,
      });
      return;
    }
    seen.set(record.key, index);
    const existing = stored.get(record.key);
    if (!existing) {
      effective.set(record.key, record);
      writes.push({ record, action: "create" });
      changes.push({ kind, key: record.key, action: "create" });
      return;
    }
    if (mode === "skip") {
      changes.push({ kind, key: record.key, action: "skipped" });
      return;
    }
    const fields = changedFields(existing, record);
    if (fields.length === 0) {
      changes.push({ kind, key: record.key, action: "unchanged" });
      return;
    }
    effective.set(record.key, record);
    writes.push({ record, action: "update" });
    changes.push({ kind, key: record.key, action: "update", fields });
  });
  return { effective, changes, writes };
}

/** Incoming records whose parent chain (in the merged tree) loops back to themselves. */
function cycleIssues(
  path: string,
  incoming: { key: string; parent?: string | undefined }[],
  effective: Map<string, { parent?: string | undefined }>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  incoming.forEach((record, index) => {
    const visited = new Set<string>([record.key]);
    let parent = effective.get(record.key)?.parent;
    while (parent !== undefined) {
      if (visited.has(parent)) {
        if (parent === record.key) {
          issues.push({ path: `${path}.${index}.parent`, message: `"${record.key}" would become its own ancestor` });
        }
        return;
      }
      visited.add(parent);
      parent = effective.get(parent)?.parent;
    }
  });
  return issues;
}

function contentOf(framework: RoleFramework): FrameworkContent {
  return { missingData: framework.missingData, sections: framework.sections, assignments: framework.assignments };
}

const sameContent = (a: FrameworkContent | undefined, b: FrameworkContent) =>
  a !== undefined && canonicalJson(a) === canonicalJson(b);

function planFrameworks(
  incoming: RoleFramework[],
  state: ImportState,
  mode: ImportMode,
  roles: Map<string, Role>,
  keys: { kpis: Set<string>; objectives: Set<string> },
  issues: FieldIssue[],
) {
  const latestIndexByRole = new Map<string, number>();
  incoming.forEach((framework, index) => {
    const role = roles.get(framework.role);
    if (!role) {
      issues.push({ path: `frameworks.${index}.role`, message: `no role with key "${framework.role}"` });
      return;
    }
    const responsibilities = new Set(role.responsibilities.map((r) => r.key));
    issues.push(
      ...assignmentReferenceIssues(
        contentOf(framework),
        { kpis: keys.kpis, objectives: keys.objectives, responsibilities },
        `frameworks.${index}.`,
      ),
    );
    // The last entry of a role is the one the document wants; earlier ones are its history.
    latestIndexByRole.set(framework.role, index);
  });

  const changes: PlannedChange[] = [];
  const writes: FrameworkWrite[] = [];
  for (const [role, index] of latestIndexByRole) {
    const framework = incoming[index] as RoleFramework;
    const content = contentOf(framework);
    const stored = state.frameworks.get(role);
    if (mode === "skip" && stored) {
      changes.push({ kind: "framework", key: role, action: "skipped" });
      continue;
    }
    const unchanged =
      stored !== undefined &&
      (sameContent(stored.draft?.content, content) ||
        (framework.version !== undefined && sameContent(stored.byVersion.get(framework.version), content)) ||
        (!stored.draft && sameContent(stored.latestPublished, content)));
    if (unchanged) {
      changes.push({ kind: "framework", key: role, action: "unchanged" });
      continue;
    }
    if (stored?.draft) {
      // Only the draft is ever rewritten; a published version stays as it was.
      writes.push({ role, action: "update", content, version: stored.draft.version, draftId: stored.draft.id });
      changes.push({
        kind: "framework",
        key: role,
        action: "update",
        fields: changedFields(stored.draft.content, content),
      });
      continue;
    }
    writes.push({ role, action: "create", content, version: (stored?.maxVersion ?? 0) + 1 });
    changes.push({ kind: "framework", key: role, action: "create" });
  }
  return { changes, writes };
}

function planSettings(incoming: FrameworkDocument, state: ImportState, issues: FieldIssue[]) {
  if (incoming.ratingScale === undefined && incoming.lint === undefined) {
    return { change: undefined, write: undefined, settings: state.settings };
  }
  const desired: OrganizationSettings = {
    disabledRules: incoming.lint?.disabledRules ?? state.settings.disabledRules,
    ratingScale: incoming.ratingScale ?? state.settings.ratingScale,
  };
  for (const issue of validateSettings(desired)) {
    issues.push({ ...issue, path: issue.path.startsWith("disabledRules") ? `lint.${issue.path}` : issue.path });
  }
  const fields = changedFields(state.settings, desired);
  const change: PlannedChange =
    fields.length === 0
      ? { kind: "settings", key: "settings", action: "unchanged" }
      : { kind: "settings", key: "settings", action: "update", fields };
  return { change, write: fields.length > 0 ? desired : undefined, settings: desired };
}

/**
 * Compares a framework document with what the organization has and lists, per record key,
 * whether the import creates, updates or leaves it. A changed role framework becomes a draft
 * (the existing draft is rewritten, or a new one is added after the latest version); published
 * versions are never touched. Nothing is written here: `issues` non-empty means refuse.
 */
export function planImport(state: ImportState, incoming: FrameworkDocument, mode: ImportMode): ImportPlan {
  const issues: FieldIssue[] = [];
  const { records } = state;
  const orgUnits = planRecords("orgUnit", "orgUnits", orgUnitSchema, incoming.orgUnits, records.orgUnits, mode, issues);
  const objectives = planRecords(
    "objective",
    "objectives",
    objectiveSchema,
    incoming.objectives,
    records.objectives,
    mode,
    issues,
  );
  const roles = planRecords("role", "roles", roleSchema, incoming.roles, records.roles, mode, issues);
  const kpis = planRecords("kpi", "kpis", kpiSchema, incoming.kpis, records.kpis, mode, issues);

  incoming.objectives.forEach((objective, index) => {
    if (objective.parent !== undefined && !objectives.effective.has(objective.parent)) {
      issues.push({ path: `objectives.${index}.parent`, message: `no objective with key "${objective.parent}"` });
    }
  });
  incoming.orgUnits.forEach((unit, index) => {
    if (unit.parent !== undefined && !orgUnits.effective.has(unit.parent)) {
      issues.push({ path: `orgUnits.${index}.parent`, message: `no org unit with key "${unit.parent}"` });
    }
  });
  incoming.roles.forEach((role, index) => {
    if (role.orgUnit !== undefined && !orgUnits.effective.has(role.orgUnit)) {
      issues.push({ path: `roles.${index}.orgUnit`, message: `no org unit with key "${role.orgUnit}"` });
    }
  });
  issues.push(...cycleIssues("objectives", incoming.objectives, objectives.effective));
  issues.push(...cycleIssues("orgUnits", incoming.orgUnits, orgUnits.effective));

  const frameworks = planFrameworks(
    incoming.frameworks,
    state,
    mode,
    roles.effective,
    { kpis: new Set(kpis.effective.keys()), objectives: new Set(objectives.effective.keys()) },
    issues,
  );
  const settings = planSettings(incoming, state, issues);

  const rewritten = new Map(frameworks.writes.map((write) => [write.role, write]));
  const resultFrameworks: RoleFramework[] = [
    ...state.documentFrameworks.filter((f) => !(rewritten.has(f.role) && f.status === "draft")),
    ...frameworks.writes.map((write) => ({
      role: write.role,
      version: write.version,
      status: "draft" as const,
      ...write.content,
    })),
  ];

  return {
    changes: [
      ...orgUnits.changes,
      ...objectives.changes,
      ...roles.changes,
      ...kpis.changes,
      ...frameworks.changes,
      ...(settings.change ? [settings.change] : []),
    ],
    issues,
    writes: {
      orgUnits: orgUnits.writes,
      objectives: objectives.writes,
      roles: roles.writes,
      kpis: kpis.writes,
      frameworks: frameworks.writes,
      ...(settings.write ? { settings: settings.write } : {}),
    },
    result: {
      yardstick: FRAMEWORK_FORMAT_VERSION,
      organization: { name: state.organizationName },
      ratingScale: settings.settings.ratingScale,
      lint: { disabledRules: settings.settings.disabledRules },
      objectives: [...objectives.effective.values()],
      orgUnits: [...orgUnits.effective.values()],
      roles: [...roles.effective.values()],
      kpis: [...kpis.effective.values()],
      frameworks: resultFrameworks,
    },
  };
}
