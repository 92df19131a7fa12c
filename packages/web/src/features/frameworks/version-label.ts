import type { VersionSummary } from "./framework.types.js";

/** "v3 · published · 2026-01-01" (the effective date) / "v4 · draft", for version pickers. */
export function versionLabel(v: Pick<VersionSummary, "version" | "status" | "effectiveDate">): string {
  if (v.status === "draft") return `v${v.version} · draft`;
  return `v${v.version} · published${v.effectiveDate ? ` · ${v.effectiveDate}` : ""}`;
}
