import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs, type TestClient } from "../../test/test-app.js";
import { insertScoringRole } from "../measurements/measurements.factory.js";
import { createTestPerson, openTestCycle, scorecardsOf } from "../people/people.factory.js";
import { upload, uploadAndCommit, waitForRun } from "./imports.factory.js";

interface PreviewJson {
  runId: string;
  kind: string;
  ready: boolean;
  mapping: Record<string, unknown> | null;
  mappingIssues: string[];
  counts: { rows: number; added: number; changed: number; unchanged: number; problems: number };
  problems: { row: number; column: string | null; code: string; message: string }[];
  sample: { row: number; cells: string[] }[];
}

describeEachApp("imports", (ctx) => {
  let hr: TestClient;
  let keys: string[];
  let numbers: string[];
  let cardIds: string[];
  let mapping: Record<string, unknown>;

  beforeAll(async () => {
    hr = await signInAs(ctx, "hr");
    const seeded = await insertScoringRole(ctx.database.db, ctx.admin.organizationId, [
      { reporter: "manager", aggregation: "sum", name: "Calls made", weight: 50 },
      { reporter: "system", aggregation: "last", name: "Revenue booked", weight: 50 },
    ]);
    keys = seeded.keys;
    numbers = [];
    cardIds = [];
    const people = [];
    for (let i = 0; i < 3; i += 1) {
      const number = `IMP-${i}-${Math.random().toString(36).slice(2, 6)}`;
      numbers.push(number);
      people.push(await createTestPerson(hr, { roleId: seeded.roleId, employeeNumber: number }));
    }
    const cycle = await openTestCycle(hr, { cadence: "quarterly", startDate: "2026-01-01" });
    for (const p of people) cardIds.push((await scorecardsOf(hr, p.id, cycle.cycle.id))[0]?.id as string);
    mapping = {
      kind: "measurements",
      shape: "long",
      employeeColumn: "Employee",
      periodColumn: "Month",
      kpiColumn: "KPI",
      valueColumn: "Value",
    };
  });

  const longCsv = (rows: string[][]) => `Employee,Month,KPI,Value\n${rows.map((r) => r.join(",")).join("\n")}\n`;
  const countMeasurements = async () => {
    const db = ctx.database.db;
    const row = await db
      .selectFrom("measurements")
      .select(db.fn.countAll().as("n"))
      .where("organization_id", "=", ctx.admin.organizationId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const preview = async (content: string, body: Record<string, unknown> = {}) => {
    const uploaded = await upload(hr, ctx.app, "values.csv", content);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { uploadId } = uploaded.json() as { uploadId: string };
    const response = await hr.request("POST", "/api/v1/imports/preview", { uploadId, ...body });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as PreviewJson;
  };

  it("uploads a CSV: headers, kind guessed, suggested mapping", async () => {
    const response = await upload(hr, ctx.app, "values.csv", longCsv([[numbers[0]!, "2026-01", keys[0]!, "5"]]));
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as {
      format: string;
      headers: string[];
      kind: string;
      suggestion: { mapping: unknown };
    };
    expect(body).toMatchObject({ format: "csv", headers: ["Employee", "Month", "KPI", "Value"], kind: "measurements" });
    expect(body.suggestion.mapping).toMatchObject({ shape: "long", kpiColumn: "KPI", valueColumn: "Value" });
  });

  it("previews every problem by row and column and writes nothing", async () => {
    const before = await countMeasurements();
    const result = await preview(
      longCsv([
        [numbers[0]!, "2026-01", keys[0]!, "10"],
        ["NOBODY", "2026-01", keys[0]!, "1"],
        [numbers[0]!, "2026-01", "no-such-kpi", "1"],
        [numbers[0]!, "2026-02", keys[0]!, "ten"],
        [numbers[0]!, "2030-01", keys[0]!, "1"],
        [numbers[0]!, "2026-01", keys[0]!, "11"],
      ]),
      { mapping },
    );
    expect(result.ready).toBe(false);
    expect(result.counts).toMatchObject({ rows: 6, problems: 5, added: 1 });
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, "Employee", "unknown-employee"],
      [4, "KPI", "unknown-kpi"],
      [5, "Value", "not-a-number"],
      [6, "Month", "outside-cycle"],
      [7, "Value", "duplicate-in-file"],
    ]);
    expect(result.problems[0]?.message).toMatch(/^Row 3, column 'Employee': 'NOBODY' is not a known employee/);
    expect(result.sample[0]?.cells[0]).toBe(numbers[0]);
    expect(await countMeasurements()).toBe(before);
  });

  it("commits all or nothing: one bad row in the middle and nothing is written", async () => {
    const before = await countMeasurements();
    const run = await uploadAndCommit(
      hr,
      ctx.app,
      "bad.csv",
      longCsv([
        [numbers[0]!, "2026-02", keys[0]!, "1"],
        [numbers[1]!, "2026-02", keys[0]!, "oops"],
        [numbers[2]!, "2026-02", keys[0]!, "3"],
      ]),
      { mapping },
    );
    expect(run.status).toBe("failed");
    expect(run.problems).toEqual([expect.objectContaining({ row: 3, column: "Value", code: "not-a-number" })]);
    expect(run.errorMessage).toMatch(/nothing was written/);
    expect(await countMeasurements()).toBe(before);
  });

  it("commits, re-imports with no change, then a changed value is a correction with history", async () => {
    const file = longCsv([
      [numbers[0]!, "Mar 2026", keys[0]!, "7"],
      [numbers[1]!, "Mar 2026", keys[0]!, "8"],
      [numbers[1]!, "2026-03-15", keys[1]!, "1200"],
    ]);
    const first = await uploadAndCommit(hr, ctx.app, "march.csv", file, { mapping, saveMappingAs: "CRM monthly" });
    expect(first.status, JSON.stringify(first)).toBe("committed");
    expect(first.counts).toMatchObject({ rows: 3, added: 3, changed: 0, unchanged: 0, problems: 0 });

    const again = await uploadAndCommit(hr, ctx.app, "march.csv", file, { source: "CRM monthly" });
    expect(again.status).toBe("committed");
    expect(again.counts).toMatchObject({ added: 0, changed: 0, unchanged: 3 });

    const changed = file.replace(",8\n", ",9\n");
    const third = await uploadAndCommit(hr, ctx.app, "march-fixed.csv", changed, { source: "CRM monthly" });
    expect(third.counts).toMatchObject({ added: 0, changed: 1, unchanged: 2 });
    const list = await hr.request("GET", `/api/v1/scorecards/${cardIds[1]}/measurements`);
    const items = (
      list.json() as {
        items: {
          kpi: string;
          period: string;
          current: { value: number; source: string };
          history: { value: number }[];
        }[];
      }
    ).items;
    const slot = items.find((i) => i.kpi === keys[0] && i.period === "m3");
    expect(slot?.current).toMatchObject({ value: 9, source: "import" });
    expect(slot?.history.map((h) => h.value)).toEqual([8]);
    const score = await hr.request("GET", `/api/v1/scorecards/${cardIds[1]}`);
    expect(score.statusCode, score.body).toBe(200);

    const history = await hr.request("GET", "/api/v1/imports/runs");
    const runs = (
      history.json() as { items: { id: string; status: string; fileName: string; user: { name: string } | null }[] }
    ).items;
    expect(runs.find((r) => r.id === third.id)).toMatchObject({ status: "committed", fileName: "march-fixed.csv" });
    expect(runs.find((r) => r.id === third.id)?.user?.name).toMatch(/hr/);
  });

  it("re-applies a saved mapping to next month's file whose headers are spelled differently", async () => {
    const saved = await hr.request("GET", "/api/v1/imports/sources");
    expect((saved.json() as { items: { name: string }[] }).items.map((s) => s.name)).toContain("CRM monthly");
    const next = `employee ,MONTH,kpi,value\n${numbers[2]}:2026-03:${keys[0]}:4\n`.replaceAll(":", ",");
    const result = await preview(next, { source: "CRM monthly" });
    expect(result.mappingIssues).toEqual([]);
    expect(result.mapping).toMatchObject({ employeeColumn: "employee", valueColumn: "value" });
    expect(result.ready).toBe(true);
    expect(result.counts.added).toBe(1);

    const missing = await preview(`Employee,Month,KPI\n${numbers[2]},2026-03,${keys[0]}\n`, { source: "CRM monthly" });
    expect(missing.ready).toBe(false);
    expect(missing.mappingIssues.join(" ")).toMatch(/"Value"/);
  });

  it("imports a real XLSX from a chosen sheet and a wide CSV with remarks columns", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Cover").addRow(["Prepared by finance"]);
    const sheet = workbook.addWorksheet("Values");
    sheet.addRow(["Employee", "Month", "KPI", "Value"]);
    sheet.addRow([numbers[2], "2026-01", keys[1], 321.5]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    // The first sheet is a cover page: read as the table it is header-only, and the message says so.
    const firstSheet = await upload(hr, ctx.app, "values.xlsx", buffer);
    expect(firstSheet.statusCode).toBe(400);
    expect(firstSheet.body).toMatch(/header row but no data rows/);
    const uploaded = await upload(hr, ctx.app, "values.xlsx", buffer, "?sheet=Values");
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({
      format: "xlsx",
      sheet: "Values",
      headers: ["Employee", "Month", "KPI", "Value"],
    });
    const { uploadId } = uploaded.json() as { uploadId: string };
    const commit = await hr.request("POST", "/api/v1/imports/commit", { uploadId, mapping, sheet: "Values" });
    expect(commit.statusCode, commit.body).toBe(202);
    const run = await waitForRun(hr, (commit.json() as { runId: string }).runId);
    expect(run.status, JSON.stringify(run)).toBe("committed");
    expect(run.counts.added).toBe(1);

    const wide = `Employee,Month,Calls made,Calls remarks,Revenue booked\n${numbers[2]},2026-01,12,"=cmd|' /C calc'!A0",\n`;
    const wideRun = await uploadAndCommit(hr, ctx.app, "wide.csv", wide, {
      mapping: {
        kind: "measurements",
        shape: "wide",
        employeeColumn: "Employee",
        periodColumn: "Month",
        kpiColumns: [
          { column: "Calls made", kpiKey: keys[0], commentColumn: "Calls remarks" },
          { column: "Revenue booked", kpiKey: keys[1] },
        ],
      },
    });
    expect(wideRun.status, JSON.stringify(wideRun)).toBe("committed");
    expect(wideRun.counts).toMatchObject({ rows: 1, added: 1 });
  });

  it("refuses empty, binary, header-only and 10,000-column files with a clear 400", async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ["empty.csv", "", /empty/],
      ["photo.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /not a CSV or XLSX/],
      ["header.csv", "Employee,Month,KPI,Value\n", /header row but no data rows/],
      [
        "wide.csv",
        `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",")}\n`,
        /10,000 columns; the limit is 500/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const response = await upload(hr, ctx.app, name, content);
      expect(response.statusCode, `${name}: ${response.body}`).toBe(400);
      expect((response.json() as { error: { message: string } }).error.message).toMatch(message);
    }
    const health = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(health.statusCode).toBeLessThan(500);
  });

  it("refuses a missing file part, unknown uploads and bad mappings", async () => {
    const noFile = await hr.request("POST", "/api/v1/imports/uploads", {});
    expect(noFile.statusCode).toBe(400);
    const unknown = await hr.request("POST", "/api/v1/imports/preview", { uploadId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(404);
    const uploaded = await upload(hr, ctx.app, "values.csv", longCsv([[numbers[0]!, "2026-01", keys[0]!, "5"]]));
    const { uploadId } = uploaded.json() as { uploadId: string };
    const badColumn = await hr.request("POST", "/api/v1/imports/preview", {
      uploadId,
      mapping: { ...mapping, valueColumn: "Amount" },
    });
    expect(badColumn.statusCode).toBe(400);
    expect(badColumn.body).toMatch(/'Amount'/);
    const badSource = await hr.request("POST", "/api/v1/imports/preview", { uploadId, source: "Nope" });
    expect(badSource.statusCode).toBe(400);
    const unknownField = await hr.request("POST", "/api/v1/imports/preview", { uploadId, extra: 1 });
    expect(unknownField.statusCode).toBe(400);
  });

  it("is for hr and admin: employee and manager 403, anonymous 401, another organization 404", async () => {
    const employee = await signInAs(ctx, "employee");
    const manager = await signInAs(ctx, "manager");
    const content = longCsv([[numbers[0]!, "2026-01", keys[0]!, "5"]]);
    expect((await upload(employee, ctx.app, "a.csv", content)).statusCode).toBe(403);
    expect((await upload(manager, ctx.app, "a.csv", content)).statusCode).toBe(403);
    expect((await employee.request("GET", "/api/v1/imports/runs")).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/imports/runs" })).statusCode).toBe(401);

    const uploaded = await upload(hr, ctx.app, "a.csv", content);
    const { uploadId } = uploaded.json() as { uploadId: string };
    const other = await otherOrganizationAdmin(ctx);
    expect((await other.request("POST", "/api/v1/imports/preview", { uploadId })).statusCode).toBe(404);
    const runs = (await hr.request("GET", "/api/v1/imports/runs")).json() as { items: { id: string }[] };
    const runId = runs.items[0]?.id as string;
    expect((await other.request("GET", `/api/v1/imports/runs/${runId}`)).statusCode).toBe(404);
    const sources = (await hr.request("GET", "/api/v1/imports/sources")).json() as { items: { id: string }[] };
    expect((await other.request("DELETE", `/api/v1/imports/sources/${sources.items[0]?.id}`)).statusCode).toBe(404);
  });

  it("saves, lists and deletes a source mapping", async () => {
    const put = await hr.request("PUT", "/api/v1/imports/sources", {
      name: "HRIS",
      mapping: { kind: "people", employeeNumberColumn: "No", nameColumn: "Name" },
    });
    expect(put.statusCode, put.body).toBe(200);
    const id = (put.json() as { id: string }).id;
    const bad = await hr.request("PUT", "/api/v1/imports/sources", { name: "HRIS", mapping: { kind: "people" } });
    expect(bad.statusCode).toBe(400);
    expect((await hr.request("DELETE", `/api/v1/imports/sources/${id}`)).statusCode).toBe(204);
    expect((await hr.request("DELETE", `/api/v1/imports/sources/${id}`)).statusCode).toBe(404);
  });
});
