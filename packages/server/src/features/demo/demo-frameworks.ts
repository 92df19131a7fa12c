import type { Executor } from "../../db/executor.js";
import type { AuthContext } from "../auth/auth-context.js";
import { listKeyIds } from "../framework-document/framework-document.repository.js";
import { listVersions } from "../frameworks/frameworks.repository.js";
import { publishDraftVersion } from "../frameworks/frameworks.service.js";
import { importFromLibrary } from "../library/library.service.js";

/** A caller for services that need one, acting as the given admin (no session behind it). */
export function actingAdmin(organizationId: string, userId: string): AuthContext {
  return { organizationId, userId, role: "admin", sessionId: "", csrfToken: "" };
}

/**
 * Adopts starter library families through the library import, then publishes every imported
 * role's draft framework with `effectiveDate`, exactly as an HR user would in the app.
 * Returns the ids of the roles by key.
 */
export async function adoptLibraryFamilies(
  db: Executor,
  auth: AuthContext,
  families: readonly string[],
  effectiveDate: string,
  roles?: readonly string[],
): Promise<Map<string, string>> {
  await importFromLibrary(
    db,
    { organizationId: auth.organizationId, userId: auth.userId },
    { families: [...families], ...(roles ? { roles: [...roles] } : {}), dryRun: false },
  );
  const roleIds = await listKeyIds(db, auth.organizationId, "roles");
  for (const [key, roleId] of roleIds) {
    if (roles && !roles.includes(key)) continue;
    const draft = (await listVersions(db, auth.organizationId, roleId)).find((v) => v.status === "draft");
    if (!draft) continue;
    await publishDraftVersion(db, auth, roleId, draft.version, {
      effectiveDate,
      changelog: "Adopted from the starter library",
    });
  }
  return roleIds;
}
