import type { Assignment } from "@yardstick/core";
import type { Executor } from "../../db/executor.js";
import { newId, nowIso } from "../../db/executor.js";
import { insertKpiWithReporter } from "../measurements/measurements.factory.js";
import { insertTestRole } from "../people/people.factory.js";

let sequence = 0;

/** An objective straight into its table; returns its key. */
export async function insertTestObjective(
  db: Executor,
  organizationId: string,
  options: { archived?: boolean } = {},
): Promise<string> {
  sequence += 1;
  const key = `obj-${sequence}-${newId().slice(0, 6)}`;
  const now = nowIso();
  await db
    .insertInto("objectives")
    .values({
      id: newId(),
      organization_id: organizationId,
      key,
      title: `Objective ${sequence}`,
      description: null,
      perspective: null,
      parent_id: null,
      owner: null,
      archived_at: options.archived ? now : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return key;
}

export interface HealthKpiSpec {
  name: string;
  target: number;
  objectives: string[];
}

/** A role with a published framework (linear from 0, equal weights) over new KPIs linked as given. */
export async function insertHealthRole(db: Executor, organizationId: string, title: string, specs: HealthKpiSpec[]) {
  const roleId = await insertTestRole(db, organizationId, title);
  const keys: string[] = [];
  for (const spec of specs) {
    keys.push(await insertKpiWithReporter(db, organizationId, { reporter: "manager", name: spec.name, weight: 0 }));
  }
  const assignments: Assignment[] = specs.map((spec, index) => ({
    kpi: keys[index] as string,
    weight: 100 / specs.length,
    objectives: spec.objectives,
    scoring: { method: "linear", baseline: 0, target: spec.target },
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
      content: JSON.stringify({ missingData: "exclude", sections: [], assignments }),
      created_by: null,
      created_at: now,
      updated_at: now,
      published_at: now,
      published_by: null,
    })
    .execute();
  return { roleId, keys };
}
