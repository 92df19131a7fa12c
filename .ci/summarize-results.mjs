// Adds up the JSON reports that the test runners wrote into one folder and prints
// "N passed, N failed" (the closing line CI reads). A runner whose report is missing (it could not
// start, e.g. its server port was taken) counts as one failure, so the line never looks clean.
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "test-results";
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;

function countVitest(report) {
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(report) {
  passed += (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0);
  failed += report.stats?.unexpected ?? 0;
  skipped += report.stats?.skipped ?? 0;
}

const EXPECTED_REPORTS = ["vitest.json", "playwright.json"];
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
for (const missing of EXPECTED_REPORTS.filter((name) => !files.includes(name))) {
  console.log(`No ${missing} report: that test runner did not finish.`);
  failed += 1;
}
for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  if ("numPassedTests" in report) countVitest(report);
  else if ("stats" in report) countPlaywright(report);
  else continue;
  reports += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (reports < EXPECTED_REPORTS.length || failed > 0) process.exit(1);
