import type { Finding } from "@yardstick/core";

export type ChangeKind = "objective" | "orgUnit" | "role" | "kpi" | "framework" | "settings";
export type ChangeAction = "create" | "update" | "unchanged" | "skipped";

/** One record the import would touch (`POST /api/v1/framework/import`). */
export interface PlannedChange {
  kind: ChangeKind;
  key: string;
  action: ChangeAction;
  fields?: string[];
}

export interface ImportResult {
  dryRun: boolean;
  changes: PlannedChange[];
  findings: Finding[];
}

export const KIND_LABELS: Record<ChangeKind, string> = {
  settings: "Settings",
  objective: "Objectives",
  orgUnit: "Org units",
  role: "Roles",
  kpi: "KPIs",
  framework: "Role frameworks",
};

export const ACTION_LABELS: Record<ChangeAction, string> = {
  create: "Create",
  update: "Update",
  unchanged: "Unchanged",
  skipped: "Skipped",
};

export const ACTION_COLORS: Record<ChangeAction, string> = {
  create: "green",
  update: "blue",
  unchanged: "gray",
  skipped: "yellow",
};

/** Changes per kind in a fixed reading order, with the counts per action. */
export function groupChanges(changes: readonly PlannedChange[]) {
  const order = Object.keys(KIND_LABELS) as ChangeKind[];
  return order
    .map((kind) => {
      const items = changes.filter((c) => c.kind === kind);
      const counts: Record<ChangeAction, number> = { create: 0, update: 0, unchanged: 0, skipped: 0 };
      for (const c of items) counts[c.action]++;
      return { kind, label: KIND_LABELS[kind], items, counts };
    })
    .filter((group) => group.items.length > 0);
}
