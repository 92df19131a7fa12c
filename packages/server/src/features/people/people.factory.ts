import type { Assignment } from "@yardstick/core";
import { expect } from "vitest";
import type { Executor } from "../../db/executor.js";
import { newId, nowIso } from "../../db/executor.js";
import type { TestClient } from "../../test/test-app.js";

/**
 * Test data for people, cycles and scorecards. Design records (roles, KPIs, framework versions)
 * go straight into their tables so these tests do not depend on the design features' endpoints.
 */

let sequence = 0;
const next = () => {
  sequence += 1;
  return `${sequence}-${newId().slice(0, 6)}`;
};

export async function insertTestRole(db: Executor, organizationId: string, title = "Sales Executive"): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("roles")
    .values({
      id,
      organization_id: organizationId,
      key: `role-${next()}`,
      title,
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

export async function insertTestOrgUnit(db: Executor, organizationId: string): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("org_units")
    .values({
      id,
      organization_id: organizationId,
      key: `unit-${next()}`,
      name: "Sales",
      parent_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** A KPI definition; returns its key. */
export async function insertTestKpi(
  db: Executor,
  organizationId: string,
  overrides: { name?: string; aggregation?: string; unit?: string } = {},
): Promise<string> {
  const key = `kpi-${next()}`;
  const now = nowIso();
  await db
    .insertInto("kpis")
    .values({
      id: newId(),
      organization_id: organizationId,
      key,
      name: overrides.name ?? "Revenue",
      description: "Closed revenue",
      unit: overrides.unit ?? "EUR",
      direction: "higher",
      aggregation: overrides.aggregation ?? "sum",
      frequency: "monthly",
      kind: "quantitative",
      timing: "lagging",
      focus: "performance",
      reporter: "system",
      family: null,
      details: "{}",
      archived_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return key;
}

/** A framework version of a role over the given KPI keys (equal weights, linear 0 → 100). */
export async function insertTestFramework(
  db: Executor,
  input: {
    organizationId: string;
    roleId: string;
    kpis: string[];
    version?: number;
    status?: "draft" | "published";
    effectiveDate?: string | null;
    target?: number;
  },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  const status = input.status ?? "published";
  const assignments: Assignment[] = input.kpis.map((kpi) => ({
    kpi,
    weight: 100 / input.kpis.length,
    objectives: [],
    scoring: { method: "linear", baseline: 0, target: input.target ?? 100 },
  }));
  await db
    .insertInto("framework_versions")
    .values({
      id,
      organization_id: input.organizationId,
      role_id: input.roleId,
      version: input.version ?? 1,
      status,
      effective_date: input.effectiveDate ?? null,
      changelog: null,
      content: JSON.stringify({ missingData: "exclude", sections: [], assignments }),
      created_by: null,
      created_at: now,
      updated_at: now,
      published_at: status === "published" ? now : null,
      published_by: null,
    })
    .execute();
  return id;
}

/** A role with a published framework over one new KPI. */
export async function insertRoleWithFramework(db: Executor, organizationId: string, title = "Sales Executive") {
  const roleId = await insertTestRole(db, organizationId, title);
  const kpi = await insertTestKpi(db, organizationId);
  const versionId = await insertTestFramework(db, { organizationId, roleId, kpis: [kpi] });
  return { roleId, kpi, versionId };
}

/** A valid POST /api/v1/people body. */
export function buildPerson(overrides: Record<string, unknown> & { roleId: string }) {
  const n = next();
  return {
    employeeNumber: `E-${n}`,
    name: `Person ${n}`,
    email: `p${n}@example.com`,
    startDate: "2025-01-01",
    ...overrides,
  };
}

export interface PersonJson {
  id: string;
  managerId: string | null;
  roleId: string;
  userId: string | null;
  active: boolean;
  endDate: string | null;
  scorecardChanges: {
    cycleId: string;
    action: string;
    scorecardId: string | null;
    validFrom: string | null;
    validTo: string | null;
    reason: string;
  }[];
}

export async function createTestPerson(
  client: TestClient,
  body: Record<string, unknown> & { roleId: string },
): Promise<PersonJson> {
  const response = await client.request("POST", "/api/v1/people", buildPerson(body));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as PersonJson;
}

/** A draft cycle through the API (quarterly from `startDate`). */
export async function createTestCycle(client: TestClient, overrides: Record<string, unknown> = {}) {
  const response = await client.request("POST", "/api/v1/cycles", {
    name: `Q ${next()}`,
    cadence: "quarterly",
    startDate: "2026-01-01",
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; startDate: string; endDate: string; status: string };
}

/** A cycle created and opened through the API; returns the open result. */
export async function openTestCycle(client: TestClient, overrides: Record<string, unknown> = {}) {
  const cycle = await createTestCycle(client, overrides);
  const response = await client.request("POST", `/api/v1/cycles/${cycle.id}/open`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    cycle: { id: string; status: string };
    created: number;
    skipped: { employeeId: string; employeeName: string; reason: string }[];
  };
}

/** The scorecards of a person in a cycle, as the given client sees them. */
export async function scorecardsOf(client: TestClient, employeeId: string, cycleId: string) {
  const response = await client.request("GET", `/api/v1/scorecards?employeeId=${employeeId}&cycleId=${cycleId}`);
  expect(response.statusCode, response.body).toBe(200);
  return (
    response.json() as {
      items: {
        id: string;
        status: string;
        validFrom: string;
        validTo: string;
        roleId: string;
        statusReason: string | null;
        frameworkVersion: number;
      }[];
    }
  ).items;
}

/** A new published version of a role's framework through the frameworks API (draft → content → publish). */
export async function publishFrameworkThroughApi(
  client: TestClient,
  roleId: string,
  input: { kpis: string[]; target: number; effectiveDate: string },
): Promise<number> {
  const base = `/api/v1/roles/${roleId}/framework/versions`;
  const draft = await client.request("POST", base, { source: "empty" });
  expect(draft.statusCode, draft.body).toBe(201);
  const version = (draft.json() as { version: number }).version;
  const assignments = input.kpis.map((kpi) => ({
    kpi,
    weight: 100 / input.kpis.length,
    objectives: [],
    scoring: { method: "linear", baseline: 0, target: input.target },
  }));
  const put = await client.request("PUT", `${base}/${version}`, { missingData: "exclude", sections: [], assignments });
  expect(put.statusCode, put.body).toBe(200);
  const publish = await client.request("POST", `${base}/${version}/publish`, {
    effectiveDate: input.effectiveDate,
    changelog: "Raise the target",
  });
  expect(publish.statusCode, publish.body).toBe(200);
  return version;
}
