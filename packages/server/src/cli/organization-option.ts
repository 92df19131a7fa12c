import type { Executor } from "../db/executor.js";
import { findOrganizations } from "../features/framework-document/framework-document.repository.js";

/**
 * The organization a command works on: the one named by `--organization` (id or exact name),
 * or the only one there is. Throws a message saying what to pass otherwise.
 */
export async function resolveOrganization(
  db: Executor,
  idOrName: string | undefined,
): Promise<{ id: string; name: string }> {
  const found = await findOrganizations(db, idOrName);
  if (idOrName !== undefined) {
    const match = found[0];
    if (!match) throw new Error(`No organization with id or name "${idOrName}".`);
    return match;
  }
  const only = found[0];
  if (!only)
    throw new Error("The database has no organization yet. Run `yardstick serve` and complete the setup first.");
  if (found.length > 1) {
    const names = found.map((o) => `"${o.name}"`).join(", ");
    throw new Error(`The database has several organizations (${names}); choose one with --organization <name|id>.`);
  }
  return only;
}
