import { expect, test } from "@playwright/test";
import { ImportsPage } from "../pages/imports.page.js";
import type { ApiClient } from "../support/api-client.js";
import {
  adminApi,
  closeCycle,
  importLibrary,
  listScorecards,
  openCycle,
  quarterStartOf,
  seedCycle,
  seedPerson,
  seedRoleFromLibrary,
} from "../support/api-seed.js";
import { expectNoSeriousA11yViolations } from "../support/axe.js";
import { type ImportFileFolder, importFileFolder } from "../support/import-files.js";
import { saveScreenshot } from "../support/screenshot.js";
import { uniqueSuffix } from "../support/unique.js";

// KPIs of the starter library's support agent framework, by the names a CRM export would use.
const FCR = { key: "support.first-contact-resolution", name: "First contact resolution" };
const CSAT = { key: "support.csat", name: "Customer satisfaction (CSAT)" };
const TICKETS = { key: "support.tickets-solved-per-day", name: "Tickets solved per day" };
const RESPONSE = { key: "support.first-response-time", name: "First response time" };
const QUALITY = { key: "support.conversation-quality", name: "Conversation quality (QA review)" };

const sfx = uniqueSuffix();
const sourceName = `Helpdesk export ${sfx}`;
const people = [
  { name: `Astrid Aas ${sfx}`, employeeNumber: `E-${sfx}-01` },
  { name: `Bjorn Berg ${sfx}`, employeeNumber: `E-${sfx}-02` },
  { name: `Cora Dahl ${sfx}`, employeeNumber: `E-${sfx}-03` },
];
const unknownNumber = `E-${sfx}-99`;

// The cycle is the current quarter; its first two months have passed or are running.
const quarterStart = quarterStartOf(new Date());
const [year, firstMonth] = quarterStart.split("-").map(Number) as [number, number];
const month = (offset: number) => `${year}-${String(firstMonth + offset).padStart(2, "0")}`;

const WIDE_HEADER = ["Employee number", "Month", FCR.name, CSAT.name, "CSAT remarks", TICKETS.name];

/** One row per employee and month: FCR, CSAT with a remark, tickets per day. */
function wideRows(): (string | number)[][] {
  return people.flatMap((p, i) => [
    [p.employeeNumber, month(0), 70 + i, 90 + i, i === 0 ? "Two angry callers, both solved" : "", 25 + i],
    [p.employeeNumber, month(1), 72.5 + i, 91 + i, "", 27 + i],
  ]);
}

let admin: ApiClient;
let cycleId = "";
let files: ImportFileFolder;

test.beforeAll(async ({ baseURL }) => {
  admin = await adminApi(baseURL!);
  await importLibrary(admin, { families: ["support"] });
  const role = await seedRoleFromLibrary(admin, {
    libraryRoleKey: "support.support-agent",
    title: `Support Agent ${sfx}`,
  });
  for (const p of people) await seedPerson(admin, { ...p, roleId: role.id, startDate: quarterStart });
  const cycle = await seedCycle(admin, { name: `Import check ${sfx}` });
  cycleId = cycle.id;
  await openCycle(admin, cycleId);
  files = importFileFolder();
});

// A closed cycle no longer counts as anyone's current one, so other specs' scorecards stay theirs.
test.afterAll(async () => {
  if (cycleId) await closeCycle(admin, cycleId);
  await admin.dispose();
  files.remove();
});

/** The current value of one KPI and sub-period on a person's scorecard in this spec's cycle. */
async function storedValues(employeeNumber: string): Promise<Map<string, { value: number; comment: string | null }>> {
  const person = people.find((p) => p.employeeNumber === employeeNumber)!;
  const card = (await listScorecards(admin, { cycleId })).find((s) => s.employeeName === person.name);
  if (!card) throw new Error(`${person.name} has no scorecard in the cycle`);
  const list = await admin.get<{
    items: { kpi: string; period: string; current: { value: number; comment: string | null; source: string } }[];
  }>(`/api/v1/scorecards/${card.id}/measurements`);
  return new Map(
    list.items.map((m) => [`${m.kpi}@${m.period}`, { value: m.current.value, comment: m.current.comment }]),
  );
}

test("HR imports a wide CSV and an XLSX through the page: mapping, row problems, commit, an unchanged re-upload", async ({
  page,
}) => {
  // About 12 s on a quiet machine; the margin is for the two cores the server and browser share.
  test.setTimeout(60_000);
  const imports = new ImportsPage(page);
  const draftCsv = files.csv(
    `support-kpis-${sfx}-draft.csv`,
    [
      WIDE_HEADER,
      ...wideRows(),
      [unknownNumber, month(1), 80, 95, "", 30],
      // A typo for a number in the tickets column of the fourth data row (row 5 of the file).
    ].map((r, i) => (i === 4 ? r.map((c, j) => (j === 5 ? "twenty-six" : c)) : r)),
  );
  const goodName = `support-kpis-${sfx}.csv`;
  const goodCsv = files.csv(goodName, [WIDE_HEADER, ...wideRows()]);
  const valueCount = people.length * 2 * 3;

  await test.step("the wide CSV is mapped as suggested; a broken column mapping blocks the check until fixed", async () => {
    await imports.goto();
    await imports.upload(draftCsv);
    await expect(imports.mappingHeading).toBeVisible();
    await expect(imports.columnTarget("Employee number")).toHaveValue(/^employee-/);
    await expect(imports.columnTarget("Month")).toHaveValue("period");
    await expect(imports.columnTarget(FCR.name)).toHaveValue("kpi-value");
    await expect(imports.columnKpi(FCR.name)).toHaveValue(FCR.key);
    await expect(imports.columnKpi(TICKETS.name)).toHaveValue(TICKETS.key);

    // Deliberately wrong: the month column ignored leaves every row without a period.
    await imports.mapColumn("Month", "Ignore this column");
    await expect(imports.mappingProblems).toBeVisible();
    await imports.mapColumn("Month", "Period or date");
    await imports.mapColumn("CSAT remarks", "Remarks on one KPI", CSAT.name);
    await expect(imports.mappingProblems).toHaveCount(0);
    await expect(imports.checkButton).toBeEnabled();
    await saveScreenshot(page, "import");
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("the check lists the unknown employee and the non-number by row and column", async () => {
    await imports.checkButton.click();
    await expect(imports.checkHeading).toBeVisible();
    await expect(imports.checkStatus).toContainText("2 problems found: nothing can be imported yet");
    await expect(imports.problemsTable).toBeVisible();
    await expect(imports.problem(5, TICKETS.name)).toContainText("twenty-six");
    await expect(imports.problem(8, "Employee number")).toContainText(unknownNumber);
    await expect(imports.importButton).toBeDisabled();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("the corrected file checks clean and imports with its mapping saved", async () => {
    await imports.startOverButton.click();
    await imports.upload(goodCsv, { newSourceName: sourceName });
    await expect(imports.mappingHeading).toBeVisible();
    await imports.mapColumn("CSAT remarks", "Remarks on one KPI", CSAT.name);
    await imports.checkButton.click();
    await expect(imports.checkStatus).toContainText(
      `6 rows can be imported: ${valueCount} values would be added, 0 changed and 0 left unchanged.`,
    );
    await expect(imports.checkStatus).toContainText("No problems found");
    await expect(imports.problemsTable).toHaveCount(0);
    await expect(imports.saveMappingCheckbox(sourceName)).toBeChecked();
    await imports.importButton.click();
    await expect(imports.progress.or(imports.completeHeading).first()).toBeVisible();
    await expect(imports.completeHeading).toBeVisible({ timeout: 20_000 });
    await expect(imports.summary).toContainText(
      `${goodName}: 6 rows read; ${valueCount} values added, 0 changed, 0 unchanged.`,
    );
  });

  await test.step("the same file again, mapped by the saved source, changes nothing", async () => {
    await imports.importAnotherButton.click();
    await imports.upload(goodCsv, { source: sourceName });
    // The saved mapping fits, so the page goes straight to the check.
    await expect(imports.checkHeading).toBeVisible();
    await expect(imports.checkStatus).toContainText(
      `6 rows can be imported: 0 values would be added, 0 changed and ${valueCount} left unchanged.`,
    );
    await imports.importButton.click();
    await expect(imports.completeHeading).toBeVisible({ timeout: 20_000 });
    await expect(imports.summary).toContainText(`0 values added, 0 changed, ${valueCount} unchanged.`);
  });

  await test.step("the history lists both runs", async () => {
    await imports.historyTab.click();
    const rows = imports.historyRows(goodName);
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) {
      await expect(row).toContainText(`source “${sourceName}”`);
      await expect(row).toContainText("Imported");
    }
    // Newest first: the re-upload left every value as it was.
    await expect(rows.first().getByRole("cell")).toHaveText([
      /.+/,
      /.+/,
      "KPI values",
      "6",
      "0",
      "0",
      String(valueCount),
      "Imported",
    ]);
    await expect(rows.nth(1).getByRole("cell").nth(4)).toHaveText(String(valueCount));
    // Back on the import tab the finished run is still shown.
    await imports.newImportTab.click();
    await imports.importAnotherButton.click();
  });

  const xlsxName = `qa-review-${sfx}.xlsx`;
  await test.step("an XLSX with a cover sheet: the data sheet is picked, mapped, checked and imported", async () => {
    const reviewDay = new Date(Date.UTC(year, firstMonth, 15));
    const xlsx = await files.xlsx(xlsxName, [
      {
        name: "About",
        rows: [
          ["Monthly QA review export"],
          ["Prepared by the support operations team"],
          ["The values are on the sheet Data."],
        ],
      },
      {
        name: "Data",
        rows: [
          ["Employee", "KPI", "Period", "Value"],
          ...people.flatMap((p, i) => [
            [p.employeeNumber, RESPONSE.name, reviewDay, 1.5 + i / 2],
            [p.employeeNumber, QUALITY.name, reviewDay, 3 + i],
          ]),
        ],
      },
    ]);
    await imports.upload(xlsx);
    await expect(imports.mappingHeading).toBeVisible();
    await expect(imports.sheetPicker).toHaveValue("About");
    await imports.sheetPicker.selectOption("Data");
    await expect(imports.columnTarget("KPI")).toBeVisible();
    await expect(imports.columnTarget("Employee")).toHaveValue(/^employee-/);
    await expect(imports.columnTarget("Period")).toHaveValue("period");
    await expect(imports.columnTarget("Value")).toHaveValue("value");
    await imports.checkButton.click();
    await expect(imports.checkStatus).toContainText(
      "6 rows can be imported: 6 values would be added, 0 changed and 0 left unchanged.",
    );
    await imports.importButton.click();
    await expect(imports.completeHeading).toBeVisible({ timeout: 20_000 });
    await expect(imports.summary).toContainText(`${xlsxName}: 6 rows read; 6 values added, 0 changed, 0 unchanged.`);
  });

  await test.step("the values landed on the scorecards", async () => {
    const first = await storedValues(people[0]!.employeeNumber);
    expect(first.get(`${FCR.key}@m1`)?.value).toBe(70);
    expect(first.get(`${FCR.key}@m2`)?.value).toBe(72.5);
    expect(first.get(`${CSAT.key}@m1`)).toEqual({ value: 90, comment: "Two angry callers, both solved" });
    expect(first.get(`${TICKETS.key}@m2`)?.value).toBe(27);
    expect(first.get(`${RESPONSE.key}@m2`)?.value).toBe(1.5);
    expect(first.get(`${QUALITY.key}@m2`)?.value).toBe(3);
    const third = await storedValues(people[2]!.employeeNumber);
    expect(third.get(`${TICKETS.key}@m1`)?.value).toBe(27);
    expect(third.get(`${RESPONSE.key}@m2`)?.value).toBe(2.5);
    expect(third.size).toBe(8);
  });
});
