import type { Assignment, Section } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";
import { newId, nowIso } from "../../db/executor.js";
import { insertTestRole } from "../people/people.factory.js";

/**
 * Test data for measurements and scores: KPIs with a chosen reporter and aggregation, and a
 * published framework over them. Design records go straight into their tables.
 */

let sequence = 0;

export interface TestKpiSpec {
  reporter: "employee" | "manager" | "system";
  aggregation?: string;
  name?: string;
  weight: number;
  section?: string;
  target?: number;
  ratingScale?: { min: number; max: number };
}

export async function insertKpiWithReporter(db: Executor, organizationId: string, spec: TestKpiSpec): Promise<string> {
  sequence += 1;
  const key = `mkpi-${sequence}-${newId().slice(0, 6)}`;
  const now = nowIso();
  await db
    .insertInto("kpis")
    .values({
      id: newId(),
      organization_id: organizationId,
      key,
      name: spec.name ?? `KPI ${sequence}`,
      description: "A test KPI",
      unit: "count",
      direction: "higher",
      aggregation: spec.aggregation ?? "sum",
      frequency: "monthly",
      kind: spec.ratingScale ? "qualitative" : "quantitative",
      timing: "lagging",
      focus: "performance",
      reporter: spec.reporter,
      family: null,
      details: JSON.stringify(spec.ratingScale ? { ratingScale: { ...spec.ratingScale, anchors: [] } } : {}),
      archived_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return key;
}

/** A role with a published framework over KPIs of the given specs; returns the role and KPI keys in order. */
export async function insertScoringRole(
  db: Executor,
  organizationId: string,
  specs: TestKpiSpec[],
  options: { sections?: Section[]; missingData?: "exclude" | "zero"; title?: string } = {},
) {
  const roleId = await insertTestRole(db, organizationId, options.title ?? "Account Manager");
  const keys: string[] = [];
  for (const spec of specs) keys.push(await insertKpiWithReporter(db, organizationId, spec));
  const assignments: Assignment[] = specs.map((spec, index) => ({
    kpi: keys[index] as string,
    weight: spec.weight,
    ...(spec.section ? { section: spec.section } : {}),
    objectives: [],
    scoring: spec.ratingScale
      ? { method: "rating", scale: spec.ratingScale, targetRating: spec.target ?? spec.ratingScale.max }
      : { method: "linear", baseline: 0, target: spec.target ?? 100 },
  }));
  const now = nowIso();
  await db
    .insertInto("framework_versions")
    .values({
      id: newId(),
      organization_id: organizationId,
      role_id: roleId,
      version: 1,
      status: "published",
      effective_date: null,
      changelog: null,
      content: JSON.stringify({
        missingData: options.missingData ?? "exclude",
        sections: options.sections ?? [],
        assignments,
      }),
      created_by: null,
      created_at: now,
      updated_at: now,
      published_at: now,
      published_by: null,
    })
    .execute();
  return { roleId, keys };
}
