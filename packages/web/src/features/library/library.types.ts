/** `GET /api/v1/library` item: one role family of the starter library. */
export interface LibraryFamily {
  key: string;
  name: string;
  description: string;
  objectiveCount: number;
  roles: { key: string; title: string; kpis: string[] }[];
  kpis: { key: string; name: string; unit: string | null; focus: string; timing: string }[];
}

export interface LibraryImportInput {
  families: string[];
  roles?: string[];
  kpis?: string[];
  dryRun?: boolean;
}

export interface ImportChange {
  kind: "objective" | "orgUnit" | "role" | "kpi" | "framework" | "settings";
  key: string;
  action: "create" | "update" | "unchanged" | "skipped";
  fields?: string[];
}

/** `POST /api/v1/library/import` answer. */
export interface ImportResult {
  dryRun: boolean;
  changes: ImportChange[];
  findings: { rule: string; severity: string; path: string; message: string }[];
}

/** "Created 12 (3 roles, 9 KPIs), skipped 2 already there" — the adoption result in one sentence. */
export function describeImportResult(result: ImportResult): string {
  const created = result.changes.filter((c) => c.action === "create");
  const kept = result.changes.filter((c) => c.action === "skipped" || c.action === "unchanged");
  const count = (kind: ImportChange["kind"], one: string, many: string) => {
    const n = created.filter((c) => c.kind === kind).length;
    return n > 0 ? [`${n} ${n === 1 ? one : many}`] : [];
  };
  const parts = [
    ...count("role", "role", "roles"),
    ...count("kpi", "KPI", "KPIs"),
    ...count("objective", "objective", "objectives"),
    ...count("orgUnit", "org unit", "org units"),
    ...count("framework", "framework", "frameworks"),
  ];
  const createdText = created.length > 0 ? `Created ${created.length} (${parts.join(", ")})` : "Nothing new to create";
  const keptText = kept.length > 0 ? `; skipped ${kept.length} already in your organization` : "";
  return `${createdText}${keptText}.`;
}
