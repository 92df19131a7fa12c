import { type FrameworkDocument, type Kpi, libraryFamily } from "@yardstick/core";
import { expect } from "vitest";
import type { DatabaseHandle } from "../../db/connect.js";
import type { TestClient } from "../../test/test-app.js";

/** Test data: an editable copy of the sales starter family (lint-clean, two published frameworks). */
export function salesDocument(): FrameworkDocument {
  const family = libraryFamily("sales");
  if (!family) throw new Error("the sales family is missing from the library");
  return family.document;
}

export function buildKpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    key: "test.kpi",
    name: "Test KPI",
    description: "Number of closed support tickets per month, counted from the ticket system",
    unit: "count",
    direction: "higher",
    aggregation: "sum",
    frequency: "monthly",
    categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
    reporter: "system",
    ...overrides,
  };
}

/** Imports a document into the client's organization (committed) and returns the result body. */
export async function seedDocument(client: TestClient, document: unknown) {
  const response = await client.request("POST", "/api/v1/framework/import?dryRun=false", document);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { changes: { kind: string; key: string; action: string; fields?: string[] }[] };
}

export async function roleIdByKey(database: DatabaseHandle, organizationId: string, key: string): Promise<string> {
  const row = await database.db
    .selectFrom("roles")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("key", "=", key)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function countRows(database: DatabaseHandle, organizationId: string) {
  const count = async (table: "objectives" | "org_units" | "roles" | "kpis" | "framework_versions") => {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("organization_id", "=", organizationId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    objectives: await count("objectives"),
    orgUnits: await count("org_units"),
    roles: await count("roles"),
    kpis: await count("kpis"),
    versions: await count("framework_versions"),
  };
}
