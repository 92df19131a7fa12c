import type { Executor } from "../../db/executor.js";
import { newId, nowIso } from "../../db/executor.js";

/**
 * Test data: stores a framework version straight in the table, as the frameworks feature would,
 * so design-record tests can check what happens to records a version references.
 */
export async function insertFrameworkVersionRow(
  db: Executor,
  input: {
    organizationId: string;
    roleId: string;
    version: number;
    status: "draft" | "published";
    assignments: { kpi: string; objectives?: string[]; responsibility?: string }[];
  },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  const assignments = input.assignments.map((a) => ({
    weight: 100 / input.assignments.length,
    objectives: [],
    scoring: { method: "linear", baseline: 0, target: 10 },
    ...a,
  }));
  await db
    .insertInto("framework_versions")
    .values({
      id,
      organization_id: input.organizationId,
      role_id: input.roleId,
      version: input.version,
      status: input.status,
      effective_date: null,
      changelog: null,
      content: JSON.stringify({ missingData: "exclude", sections: [], assignments }),
      created_by: null,
      created_at: now,
      updated_at: now,
      published_at: input.status === "published" ? now : null,
      published_by: null,
    })
    .execute();
  return id;
}

/** Test data: a bare role row, for tests of other features that need a role to hang versions on. */
export async function insertRoleRow(db: Executor, organizationId: string, key: string): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("roles")
    .values({
      id,
      organization_id: organizationId,
      key,
      title: key,
      family: null,
      org_unit_id: null,
      description: null,
      responsibilities: "[]",
      expected_outcomes: "[]",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
