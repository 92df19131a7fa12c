import { sql } from "kysely";
import { expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../test/test-database.js";
import { refreshPlannerStatistics } from "./sqlite-statistics.js";

for (const dialect of testDialects()) {
  it(`gathers planner statistics for tables that gained rows [${dialect}]`, async () => {
    const database = await createTestDatabase(dialect);
    try {
      const { db } = database;
      await db
        .insertInto("organizations")
        .values({ id: "org", name: "Org", settings: "{}", created_at: "t" })
        .execute();
      const kpi = (i: number) => ({
        id: `kpi-${i}`,
        organization_id: "org",
        key: `kpi-${i}`,
        name: `KPI ${i}`,
        kind: "quantitative",
        timing: "leading",
        focus: "performance",
        reporter: "manager",
        details: "{}",
        created_at: "t",
        updated_at: "t",
      });
      await db
        .insertInto("kpis")
        .values(Array.from({ length: 300 }, (_, i) => kpi(i)))
        .execute();
      await refreshPlannerStatistics(db);
      if (dialect === "sqlite") {
        const stats = await sql<{ tbl: string }>`SELECT tbl FROM sqlite_stat1`.execute(db);
        expect(stats.rows.map((r) => r.tbl)).toContain("kpis");
      }
    } finally {
      await database.close();
    }
  });
}
