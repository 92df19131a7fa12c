import { describe, expect, it } from "vitest";
import { describeImportResult, type ImportResult } from "./library.types.js";

const result = (changes: ImportResult["changes"]): ImportResult => ({ dryRun: false, changes, findings: [] });

describe("describeImportResult", () => {
  it("counts created records by kind and the skipped ones", () => {
    const text = describeImportResult(
      result([
        { kind: "role", key: "ae", action: "create" },
        { kind: "kpi", key: "arr", action: "create" },
        { kind: "kpi", key: "nps", action: "create" },
        { kind: "kpi", key: "churn", action: "skipped" },
      ]),
    );
    expect(text).toBe("Created 3 (1 role, 2 KPIs); skipped 1 already in your organization.");
  });
  it("says so when everything was already there", () => {
    expect(describeImportResult(result([{ kind: "kpi", key: "x", action: "unchanged" }]))).toBe(
      "Nothing new to create; skipped 1 already in your organization.",
    );
  });
});
