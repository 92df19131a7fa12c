import { type Finding, hasErrors, lintDocument } from "@yardstick/core";
import type { Row } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { badRequest, conflict, notFound } from "../../http/http-errors.js";
import type { AuthContext } from "../auth/auth-context.js";
import { listKeyIds } from "../framework-document/framework-document.repository.js";
import { loadImportState, stateToDocument } from "../framework-document/framework-document.service.js";
import { roleHistoryForLint } from "../history/history.service.js";
import { assignmentReferenceIssues } from "./assignment-references.rule.js";
import {
  emptyContent,
  type FrameworkContent,
  parseContent,
  serializeContent,
  versionToFramework,
} from "./framework-content.js";
import { diffFrameworks, type FrameworkDiff } from "./framework-diff.js";
import { presentVersion, presentVersionSummary } from "./frameworks.presenter.js";
import {
  deleteDraft,
  findMemberNames,
  findRole,
  findVersion,
  insertVersion,
  listVersions,
  publishDraft,
  updateDraftContent,
} from "./frameworks.repository.js";
import type { PublishBody, UpdateVersionBody, VersionResponse } from "./frameworks.schemas.js";

const PUBLISHED_IMMUTABLE = "Published versions cannot be edited; create a new draft";

async function roleOr404(db: Executor, organizationId: string, roleId: string) {
  const role = await findRole(db, organizationId, roleId);
  if (!role) throw notFound("Role");
  return role;
}

async function versionOr404(db: Executor, organizationId: string, roleId: string, version: number) {
  const row = await findVersion(db, organizationId, roleId, version);
  if (!row) throw notFound(`Framework version ${version}`);
  return row;
}

/**
 * Lint of one version in the context of the organization: its KPIs, objectives and the role,
 * with the organization's disabled rules. Paths point into a document whose only framework
 * is this version (`frameworks[0]...`).
 */
export async function lintVersion(
  db: Executor,
  organizationId: string,
  row: Row<"framework_versions">,
  roleKey: string,
) {
  const document = stateToDocument(await loadImportState(db, organizationId));
  document.frameworks = [versionToFramework(row, roleKey)];
  // Past results of the role's KPIs switch on the target realism rule.
  const history = await roleHistoryForLint(db, organizationId, row.role_id);
  return lintDocument(document, { scope: { role: roleKey }, history });
}

async function present(db: Executor, organizationId: string, row: Row<"framework_versions">, roleKey: string) {
  const names = await findMemberNames(db, organizationId, [row.created_by, row.published_by]);
  return presentVersion(row, roleKey, await lintVersion(db, organizationId, row, roleKey), names);
}

export async function listFrameworkVersions(db: Executor, organizationId: string, roleId: string) {
  await roleOr404(db, organizationId, roleId);
  const rows = await listVersions(db, organizationId, roleId);
  const names = await findMemberNames(
    db,
    organizationId,
    rows.flatMap((r) => [r.created_by, r.published_by]),
  );
  return { items: rows.map((row) => presentVersionSummary(row, names)) };
}

export async function getFrameworkVersion(
  db: Executor,
  organizationId: string,
  roleId: string,
  version: number,
): Promise<VersionResponse> {
  const role = await roleOr404(db, organizationId, roleId);
  return present(db, organizationId, await versionOr404(db, organizationId, roleId, version), role.key);
}

/** Starts the role's next version as a draft: empty, or a copy of the latest version. One draft at a time. */
export async function createDraftVersion(
  db: Executor,
  auth: AuthContext,
  roleId: string,
  source: "latest" | "empty",
): Promise<VersionResponse> {
  try {
    const { row, roleKey } = await db.transaction().execute(async (trx) => {
      const role = await roleOr404(trx, auth.organizationId, roleId);
      const versions = await listVersions(trx, auth.organizationId, roleId);
      const draft = versions.find((v) => v.status === "draft");
      if (draft) {
        throw conflict(
          `Role ${role.key} already has a draft (version ${draft.version}); edit, publish or delete it before starting another.`,
        );
      }
      const latest = versions.at(-1);
      const content = source === "latest" && latest ? parseContent(latest.content) : emptyContent();
      const now = nowIso();
      const newRow: Row<"framework_versions"> = {
        id: newId(),
        organization_id: auth.organizationId,
        role_id: roleId,
        version: (latest?.version ?? 0) + 1,
        status: "draft",
        effective_date: null,
        changelog: null,
        content: serializeContent(content),
        created_by: auth.userId,
        created_at: now,
        updated_at: now,
        published_at: null,
        published_by: null,
      };
      await insertVersion(trx, newRow);
      return { row: newRow, roleKey: role.key };
    });
    return present(db, auth.organizationId, row, roleKey);
  } catch (error) {
    // Two drafts started at the same moment race for the same version number.
    if (isUniqueViolation(error)) throw conflict("Another draft was started at the same time; reload and try again.");
    throw error;
  }
}

async function referenceIssues(
  db: Executor,
  organizationId: string,
  responsibilitiesJson: string,
  content: FrameworkContent,
) {
  const [kpis, objectives] = await Promise.all([
    listKeyIds(db, organizationId, "kpis"),
    listKeyIds(db, organizationId, "objectives"),
  ]);
  let responsibilities: string[] = [];
  try {
    const parsed: unknown = JSON.parse(responsibilitiesJson);
    if (Array.isArray(parsed)) responsibilities = parsed.map((r) => String((r as { key?: unknown }).key));
  } catch {
    // A damaged column means no responsibility resolves; the issues will say so.
  }
  return assignmentReferenceIssues(content, {
    kpis: new Set(kpis.keys()),
    objectives: new Set(objectives.keys()),
    responsibilities: new Set(responsibilities),
  });
}

/** Replaces a draft's policy, sections and assignments. Published versions are immutable (409). */
export async function updateDraftVersion(
  db: Executor,
  organizationId: string,
  roleId: string,
  version: number,
  body: UpdateVersionBody,
): Promise<VersionResponse> {
  const role = await roleOr404(db, organizationId, roleId);
  const row = await versionOr404(db, organizationId, roleId, version);
  if (row.status === "published") throw conflict(`${PUBLISHED_IMMUTABLE}.`);
  const content: FrameworkContent = {
    missingData: body.missingData,
    sections: body.sections,
    assignments: body.assignments,
  };
  const issues = await referenceIssues(db, organizationId, role.responsibilities, content);
  const first = issues[0];
  if (first) throw badRequest(`Invalid framework: ${first.path} ${first.message}.`, issues);
  const updatedAt = nowIso();
  const serialized = serializeContent(content);
  if (!(await updateDraftContent(db, organizationId, row.id, serialized, updatedAt))) {
    throw conflict(`${PUBLISHED_IMMUTABLE}.`);
  }
  return present(db, organizationId, { ...row, content: serialized, updated_at: updatedAt }, role.key);
}

export async function deleteDraftVersion(db: Executor, organizationId: string, roleId: string, version: number) {
  await roleOr404(db, organizationId, roleId);
  const row = await versionOr404(db, organizationId, roleId, version);
  if (row.status === "published" || !(await deleteDraft(db, organizationId, row.id))) {
    throw conflict("Published versions cannot be deleted; they are the record of what people were measured by.");
  }
}

/** Error findings as issues, for the refusal to publish. */
function blockingIssues(findings: Finding[]) {
  return findings
    .filter((finding) => finding.severity === "error")
    .map((finding) => ({ path: finding.path, message: `${finding.rule}: ${finding.message} ${finding.hint}`.trim() }));
}

/** Publishes a draft with its effective date and changelog, unless lint reports an error (409 listing them). */
export async function publishDraftVersion(
  db: Executor,
  auth: AuthContext,
  roleId: string,
  version: number,
  body: PublishBody,
): Promise<VersionResponse> {
  const role = await roleOr404(db, auth.organizationId, roleId);
  const row = await versionOr404(db, auth.organizationId, roleId, version);
  if (row.status === "published") throw conflict(`Version ${version} is already published.`);
  if (parseContent(row.content).assignments.length === 0) {
    // Lint has nothing to weigh in an empty framework, but nobody can be measured by one.
    throw conflict(`Version ${version} has no KPIs; assign at least one before publishing.`, [
      { path: "assignments", message: "add at least one KPI assignment" },
    ]);
  }
  const findings = await lintVersion(db, auth.organizationId, row, role.key);
  if (hasErrors(findings)) {
    const issues = blockingIssues(findings);
    throw conflict(
      `Version ${version} has ${issues.length} error finding(s) and cannot be published; fix them first (see issues).`,
      issues,
    );
  }
  const publishedAt = nowIso();
  const published = await publishDraft(db, auth.organizationId, row.id, {
    effectiveDate: body.effectiveDate,
    changelog: body.changelog,
    publishedAt,
    publishedBy: auth.userId,
  });
  if (!published) throw conflict(`Version ${version} is already published.`);
  return presentVersion(
    {
      ...row,
      status: "published",
      effective_date: body.effectiveDate,
      changelog: body.changelog,
      published_at: publishedAt,
      published_by: auth.userId,
      updated_at: publishedAt,
    },
    role.key,
    findings,
    await findMemberNames(db, auth.organizationId, [row.created_by, auth.userId]),
  );
}

export async function diffFrameworkVersions(
  db: Executor,
  organizationId: string,
  roleId: string,
  from: number,
  to: number,
): Promise<FrameworkDiff> {
  await roleOr404(db, organizationId, roleId);
  const [a, b] = await Promise.all([
    versionOr404(db, organizationId, roleId, from),
    versionOr404(db, organizationId, roleId, to),
  ]);
  return diffFrameworks(
    { version: a.version, content: parseContent(a.content) },
    { version: b.version, content: parseContent(b.content) },
  );
}
