import { type Finding, type FrameworkDocument, lintDocument, type RoleFramework } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";
import { newId, nowIso } from "../../db/executor.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { badRequest, conflict, notFound } from "../../http/http-errors.js";
import { parseContent, serializeContent, versionToFramework } from "../frameworks/framework-content.js";
import { insertVersion, listAllVersions, updateDraftContent } from "../frameworks/frameworks.repository.js";
import { readOrganizationSettings, writeOrganizationSettings } from "../settings/settings.service.js";
import { readDocumentRecords } from "./document-sources.js";
import {
  findArchivedAt,
  findOrganizationName,
  insertKpi,
  insertObjective,
  insertOrgUnit,
  insertRole,
  listKeyIds,
  setParent,
  updateKpi,
  updateObjective,
  updateOrgUnit,
  updateRole,
} from "./framework-document.repository.js";
import {
  type ImportMode,
  type ImportPlan,
  type ImportState,
  type PlannedChange,
  planImport,
  type StoredRoleFrameworks,
} from "./import-plan.js";

/** Reads everything an export or an import plan needs, in document terms. */
export async function loadImportState(db: Executor, organizationId: string): Promise<ImportState> {
  const organizationName = await findOrganizationName(db, organizationId);
  if (organizationName === undefined) throw notFound("Organization");
  const [records, versions, settings] = await Promise.all([
    readDocumentRecords(db, organizationId),
    listAllVersions(db, organizationId),
    readOrganizationSettings(db, organizationId),
  ]);
  const frameworks: ImportState["frameworks"] = new Map();
  const latest = new Map<string, { published?: RoleFramework; draft?: RoleFramework }>();
  for (const row of versions) {
    const content = parseContent(row.content);
    const entry: StoredRoleFrameworks = frameworks.get(row.role_key) ?? { byVersion: new Map(), maxVersion: 0 };
    entry.byVersion.set(row.version, content);
    entry.maxVersion = Math.max(entry.maxVersion, row.version);
    const pick = latest.get(row.role_key) ?? {};
    // Rows come in version order, so the last one of each status wins.
    if (row.status === "draft") {
      entry.draft = { id: row.id, version: row.version, content };
      pick.draft = versionToFramework(row, row.role_key);
    } else {
      entry.latestPublished = content;
      pick.published = versionToFramework(row, row.role_key);
    }
    frameworks.set(row.role_key, entry);
    latest.set(row.role_key, pick);
  }
  const documentFrameworks = [...latest.values()].flatMap((pick) =>
    [pick.published, pick.draft].filter((f): f is RoleFramework => f !== undefined),
  );
  return { records, frameworks, documentFrameworks, settings, organizationName };
}

export function stateToDocument(state: ImportState): FrameworkDocument {
  return {
    yardstick: 1,
    organization: { name: state.organizationName },
    ratingScale: state.settings.ratingScale,
    lint: { disabledRules: state.settings.disabledRules },
    objectives: state.records.objectives,
    orgUnits: state.records.orgUnits,
    roles: state.records.roles,
    kpis: state.records.kpis,
    frameworks: state.documentFrameworks,
  };
}

/**
 * The organization's whole framework as one document: settings, objectives, org units, roles,
 * KPIs and, per role, the latest published version and the current draft.
 */
export async function exportOrganizationDocument(db: Executor, organizationId: string): Promise<FrameworkDocument> {
  return stateToDocument(await loadImportState(db, organizationId));
}

export interface ImportResult {
  dryRun: boolean;
  changes: PlannedChange[];
  findings: Finding[];
}

export interface ImportOptions {
  organizationId: string;
  userId: string | null;
  dryRun: boolean;
  mode?: ImportMode;
}

/**
 * Plans the import of a document and, unless it is a dry run, applies it in one transaction:
 * either every change lands or none does. Unknown keys, duplicate keys and parent cycles are a
 * 400 naming the path; the findings are the lint of the organization as it would be afterwards.
 */
export async function importDocument(
  db: Executor,
  document: FrameworkDocument,
  options: ImportOptions,
): Promise<ImportResult> {
  const mode = options.mode ?? "update";
  const run = async (trx: Executor): Promise<ImportResult> => {
    const state = await loadImportState(trx, options.organizationId);
    const plan = planImport(state, document, mode);
    const first = plan.issues[0];
    if (first) {
      throw badRequest(`The document cannot be imported: ${first.path} ${first.message}.`, plan.issues);
    }
    if (!options.dryRun) await applyPlan(trx, plan, options);
    return { dryRun: options.dryRun, changes: plan.changes, findings: lintDocument(plan.result) };
  };
  if (options.dryRun) return run(db);
  try {
    return await db.transaction().execute(run);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict("Someone else changed the same records at the same time; nothing was imported. Try again.");
    }
    throw error;
  }
}

async function applyPlan(trx: Executor, plan: ImportPlan, options: ImportOptions): Promise<void> {
  const organizationId = options.organizationId;
  const now = nowIso();
  const { writes } = plan;

  const unitIds = await listKeyIds(trx, organizationId, "org_units");
  for (const { record, action } of writes.orgUnits) {
    const id = unitIds.get(record.key) ?? newId();
    unitIds.set(record.key, id);
    if (action === "create") await insertOrgUnit(trx, { id, organizationId, now }, record);
    else await updateOrgUnit(trx, { id, organizationId, now }, record);
  }
  // Parents are linked after every record exists, so the document's order does not matter.
  for (const { record } of writes.orgUnits) {
    const parentId = record.parent ? (unitIds.get(record.parent) ?? null) : null;
    await setParent(trx, "org_units", organizationId, unitIds.get(record.key) as string, parentId);
  }

  const objectiveIds = await listKeyIds(trx, organizationId, "objectives");
  for (const { record, action } of writes.objectives) {
    const id = objectiveIds.get(record.key) ?? newId();
    objectiveIds.set(record.key, id);
    if (action === "create") await insertObjective(trx, { id, organizationId, now }, record);
    else {
      const archivedAt = await findArchivedAt(trx, "objectives", organizationId, id);
      await updateObjective(trx, { id, organizationId, now }, record, archivedAt);
    }
  }
  for (const { record } of writes.objectives) {
    const parentId = record.parent ? (objectiveIds.get(record.parent) ?? null) : null;
    await setParent(trx, "objectives", organizationId, objectiveIds.get(record.key) as string, parentId);
  }

  const roleIds = await listKeyIds(trx, organizationId, "roles");
  for (const { record, action } of writes.roles) {
    const id = roleIds.get(record.key) ?? newId();
    roleIds.set(record.key, id);
    const orgUnitId = record.orgUnit ? (unitIds.get(record.orgUnit) ?? null) : null;
    if (action === "create") await insertRole(trx, { id, organizationId, now }, record, orgUnitId);
    else await updateRole(trx, { id, organizationId, now }, record, orgUnitId);
  }

  const kpiIds = await listKeyIds(trx, organizationId, "kpis");
  for (const { record, action } of writes.kpis) {
    const id = kpiIds.get(record.key) ?? newId();
    if (action === "create") await insertKpi(trx, { id, organizationId, now }, record);
    else
      await updateKpi(trx, { id, organizationId, now }, record, await findArchivedAt(trx, "kpis", organizationId, id));
  }

  for (const write of writes.frameworks) {
    const roleId = roleIds.get(write.role) as string;
    if (write.action === "update") {
      const updated = await updateDraftContent(
        trx,
        organizationId,
        write.draftId as string,
        serializeContent(write.content),
        now,
      );
      if (!updated) {
        throw conflict(
          `The draft of ${write.role} was published or deleted meanwhile; nothing was imported. Try again.`,
        );
      }
      continue;
    }
    await insertVersion(trx, {
      id: newId(),
      organization_id: organizationId,
      role_id: roleId,
      version: write.version,
      status: "draft",
      effective_date: null,
      changelog: null,
      content: serializeContent(write.content),
      created_by: options.userId,
      created_at: now,
      updated_at: now,
      published_at: null,
      published_by: null,
    });
  }

  if (writes.settings) await writeOrganizationSettings(trx, organizationId, writes.settings);
}
