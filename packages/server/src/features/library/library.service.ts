import { type LibraryFamily, libraryFamilies, libraryFamily } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";
import { badRequest, type FieldIssue } from "../../http/http-errors.js";
import { type ImportResult, importDocument } from "../framework-document/framework-document.service.js";
import type { LibraryImportBody } from "./library.schemas.js";
import { selectLibraryDocument } from "./library-selection.js";

/** The starter library's families with a summary of their roles and KPIs. */
export function listLibrary() {
  return {
    items: libraryFamilies.map((family) => ({
      key: family.key,
      name: family.name,
      description: family.description,
      objectiveCount: family.document.objectives.length,
      roles: family.document.roles.map((role) => ({
        key: role.key,
        title: role.title,
        kpis:
          family.document.frameworks
            .filter((framework) => framework.role === role.key)
            .at(-1)
            ?.assignments.map((a) => a.kpi) ?? [],
      })),
      kpis: family.document.kpis.map((kpi) => ({
        key: kpi.key,
        name: kpi.name,
        unit: kpi.unit ?? null,
        focus: kpi.categories.focus,
        timing: kpi.categories.timing,
      })),
    })),
  };
}

/**
 * Copies library records into the organization through the document import. Keys the
 * organization already has are left as they are (reported `skipped`): its copy is its own.
 */
export async function importFromLibrary(
  db: Executor,
  auth: { organizationId: string; userId: string | null },
  body: LibraryImportBody,
): Promise<ImportResult> {
  const issues: FieldIssue[] = [];
  const families: LibraryFamily[] = [];
  body.families.forEach((key, index) => {
    const family = libraryFamily(key);
    if (family) families.push(family);
    else {
      const known = libraryFamilies.map((f) => f.key).join(", ");
      issues.push({ path: `families.${index}`, message: `no library family "${key}"; choose from ${known}` });
    }
  });
  const selected = selectLibraryDocument(families, { roles: body.roles, kpis: body.kpis });
  issues.push(...selected.issues);
  const first = issues[0];
  if (first) throw badRequest(`Cannot import from the library: ${first.path} ${first.message}.`, issues);
  return importDocument(db, selected.document, { ...auth, dryRun: body.dryRun, mode: "skip" });
}
