import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import { insertScoringRole } from "../measurements/measurements.factory.js";
import { createTestPerson, openTestCycle, scorecardsOf } from "../people/people.factory.js";

describeEachApp("exports", (ctx) => {
  let hr: TestClient;
  let employee: TestClient;
  let cycleId: string;
  let evilNumber: string;
  let ownNumber: string;

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    employee = await signInAs(ctx, "employee");
    const seeded = await insertScoringRole(ctx.database.db, ctx.admin.organizationId, [
      { reporter: "manager", aggregation: "sum", name: "Deals", weight: 100 },
    ]);
    evilNumber = `X-${Math.random().toString(36).slice(2, 7)}`;
    ownNumber = `O-${Math.random().toString(36).slice(2, 7)}`;
    const evil = await createTestPerson(hr, {
      roleId: seeded.roleId,
      employeeNumber: evilNumber,
      name: '=HYPERLINK("http://x")',
    });
    await createTestPerson(hr, {
      roleId: seeded.roleId,
      employeeNumber: ownNumber,
      name: "Own Person",
      userId: employee.userId,
    });
    cycleId = (await openTestCycle(hr, { cadence: "quarterly", startDate: "2026-01-01" })).cycle.id;
    const card = (await scorecardsOf(hr, evil.id, cycleId))[0]?.id as string;
    const recorded = await hr.request("POST", `/api/v1/scorecards/${card}/measurements`, {
      kpi: seeded.keys[0],
      value: 42,
      period: "m1",
      comment: "@SUM(A1:A9)",
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
  });

  it("exports people as CSV with content-disposition and formulas neutralised", async () => {
    const response = await hr.request("GET", "/api/v1/exports/people?format=csv");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/csv/);
    expect(response.headers["content-disposition"]).toBe('attachment; filename="people.csv"');
    expect(response.body).toContain("Employee number,Name,Email");
    expect(response.body).toContain(`${evilNumber},"'=HYPERLINK(""http://x"")"`);
    expect(response.body).not.toMatch(/,=HYPERLINK/);
  });

  it("exports a cycle's measurements and scores as XLSX that reads back", async () => {
    for (const kind of ["measurements", "scorecards"]) {
      const response = await ctx.app.inject({
        method: "GET",
        url: `/api/v1/exports/${kind}?cycleId=${cycleId}&format=xlsx`,
        headers: { cookie: hr.cookie },
      });
      expect(response.statusCode, response.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const rows: unknown[][] = [];
      sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const evilRow = rows.find((r) => r[0] === evilNumber);
      expect(evilRow, `${kind}: ${JSON.stringify(rows)}`).toBeDefined();
      if (kind === "measurements") {
        expect(evilRow).toContain(42);
        expect(evilRow).toContain("'@SUM(A1:A9)");
      } else {
        expect(evilRow?.[6]).toBeCloseTo(0.42);
      }
    }
  });

  it("shows an employee only their own rows; other organizations' cycles are 404; anonymous 401", async () => {
    const own = await employee.request("GET", "/api/v1/exports/people");
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain(ownNumber);
    expect(own.body).not.toContain(evilNumber);
    const values = await employee.request("GET", `/api/v1/exports/measurements?cycleId=${cycleId}`);
    expect(values.statusCode).toBe(200);
    expect(values.body).not.toContain(evilNumber);

    const other = await otherOrganizationAdmin(ctx);
    expect((await other.request("GET", `/api/v1/exports/measurements?cycleId=${cycleId}`)).statusCode).toBe(404);
    expect((await hr.request("GET", "/api/v1/exports/scorecards?cycleId=nope")).statusCode).toBe(404);
    expect((await hr.request("GET", "/api/v1/exports/scorecards")).statusCode).toBe(400);
    expect((await hr.request("GET", "/api/v1/exports/people?format=pdf")).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/exports/people" })).statusCode).toBe(401);
  });
});
