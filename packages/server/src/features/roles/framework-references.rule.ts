import type { FrameworkVersionReferences } from "./framework-references.repository.js";

/** The versions a role is judged by today: its latest version, and its latest published one. */
export function currentVersions(versions: readonly FrameworkVersionReferences[]): FrameworkVersionReferences[] {
  const current: FrameworkVersionReferences[] = [];
  const seenLatest = new Set<string>();
  const seenPublished = new Set<string>();
  // `versions` is newest first per role.
  for (const v of versions) {
    const isLatest = !seenLatest.has(v.roleId);
    const isLatestPublished = v.status === "published" && !seenPublished.has(v.roleId);
    seenLatest.add(v.roleId);
    if (v.status === "published") seenPublished.add(v.roleId);
    if (isLatest || isLatestPublished) current.push(v);
  }
  return current;
}

/** "sales-exec v2 (draft), support-agent v1 (published)" for 409 messages. */
export function describeVersions(versions: readonly FrameworkVersionReferences[], limit = 5): string {
  const named = versions.slice(0, limit).map((v) => `${v.roleKey} v${v.version} (${v.status})`);
  const more = versions.length > limit ? ` and ${versions.length - limit} more` : "";
  return `${named.join(", ")}${more}`;
}
