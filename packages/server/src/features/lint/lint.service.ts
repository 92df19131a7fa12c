import { type Finding, type FrameworkDocument, lintDocument } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";
import { exportOrganizationDocument } from "../framework-document/framework-document.service.js";

/**
 * Lints a document the caller sent. The organization's disabled rules apply too, so the
 * answer matches what the organization's own lint would say about the same content.
 */
export async function lintSubmittedDocument(
  db: Executor,
  organizationId: string,
  document: FrameworkDocument,
): Promise<Finding[]> {
  const stored = await exportOrganizationDocument(db, organizationId);
  return lintDocument(document, { disabledRules: stored.lint?.disabledRules ?? [] });
}

/** Lints the organization's stored framework (its exported document) with its disabled rules. */
export async function lintOrganization(db: Executor, organizationId: string): Promise<Finding[]> {
  return lintDocument(await exportOrganizationDocument(db, organizationId));
}
